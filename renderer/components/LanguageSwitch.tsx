import { useT } from '../i18n/useT';
import { useAppStore } from '../stores/appStore';

export function LanguageSwitch() {
  const t = useT();
  const { language, setLanguage } = useAppStore();
  return (
    <label className="language-switch">
      {t('app.language')}{' '}
      <select value={language} onChange={(e) => setLanguage(e.target.value === 'en' ? 'en' : 'vi')}>
        <option value="vi">Tiếng Việt</option>
        <option value="en">English</option>
      </select>
    </label>
  );
}
