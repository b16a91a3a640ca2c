import type { DossierApi } from '../../shared/contract';

/**
 * window.api for the browser mode: the same contract over the loopback bridge. The per-run token comes
 * in the page's fragment (#token=…), which the browser never sends to a server; it is kept in
 * sessionStorage so a reload keeps working, and removed from the address bar.
 */
export function createBridgeClient(location: Location, storage: Storage): DossierApi {
  const fromHash = new URLSearchParams(location.hash.replace(/^#/, '')).get('token');
  if (fromHash) {
    storage.setItem('dossier-desk-token', fromHash);
    history.replaceState(null, '', location.pathname + location.search);
  }
  const token = fromHash ?? storage.getItem('dossier-desk-token') ?? '';
  return {
    async invoke(channel, args) {
      const response = await fetch('./api/invoke', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Dossier-Token': token },
        body: JSON.stringify({ channel, args }),
      });
      if (response.status === 401) {
        return {
          ok: false,
          error: {
            code: 'invalid-token',
            vi: 'Phiên làm việc đã hết hạn hoặc địa chỉ thiếu mã truy cập. Hãy mở lại đường dẫn in ra khi khởi động.',
            en: 'The session expired or the address lacks its access token. Open the link printed at start-up again.',
          },
        };
      }
      if (!response.ok) {
        return {
          ok: false,
          error: {
            code: 'transport',
            vi: `Không kết nối được với máy chủ cục bộ (HTTP ${response.status}).`,
            en: `Could not reach the local server (HTTP ${response.status}).`,
          },
        };
      }
      return response.json();
    },
  };
}
