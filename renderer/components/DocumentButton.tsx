import type { ExportedFile } from '../../shared/contract/workProgram';
import { MadeNotice, useDocumentMaker } from './DocumentMaker';
import '../screens/Requests/requests.css';
import { ErrorBanner } from './ErrorBanner';

/** One button that makes one document (asking for the shared heading the first time), with its result. */
export function DocumentButton(props: {
  label: string;
  produce: () => Promise<ExportedFile>;
  testId?: string;
}) {
  const documents = useDocumentMaker();
  return (
    <span className="document-button">
      <button
        type="button"
        disabled={documents.busy}
        data-testid={props.testId}
        onClick={() => void documents.make(props.produce)}
      >
        {props.label}
      </button>
      {documents.error && <ErrorBanner error={documents.error} onDismiss={() => documents.setError(null)} />}
      <MadeNotice file={documents.made} />
      {documents.dialog}
    </span>
  );
}
