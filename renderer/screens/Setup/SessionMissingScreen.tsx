/**
 * Browser mode opened without its access token: a bookmark, a reloaded address in a new tab, or a link
 * copied from the history (the token lives only in the tab that the app opened, for that tab's session).
 * Said in both languages at once, since the language choice is itself behind the token.
 */
export function SessionMissingScreen() {
  return (
    <main className="setup">
      <div className="card setup-card session-missing" role="alert">
        <section lang="vi">
          <h1>Địa chỉ này chưa mở được Dossier Desk</h1>
          <p>
            Vì an toàn, mã truy cập chỉ được giữ trong thẻ trình duyệt mà ứng dụng đã mở, và mỗi lần khởi động
            ứng dụng có mã mới. Dấu trang hoặc thẻ mới không mang theo mã này.
          </p>
          <p>Để mở lại:</p>
          <ul>
            <li>quay lại thẻ trình duyệt mà Dossier Desk đã mở; hoặc</li>
            <li>
              mở địa chỉ đầy đủ (có phần #token=…) được in ra trong cửa sổ dòng lệnh khi khởi động; hoặc
            </li>
            <li>
              nếu đã đóng cửa sổ đó, khởi động lại ứng dụng (<code>npm start</code>): trình duyệt sẽ mở đúng
              địa chỉ.
            </li>
          </ul>
        </section>
        <hr />
        <section lang="en">
          <h2>This address cannot open Dossier Desk yet</h2>
          <p>
            For safety, the access token is kept only in the browser tab the app opened, and each start of the
            app makes a new one. Bookmarks and new tabs do not carry it.
          </p>
          <p>To get back in:</p>
          <ul>
            <li>return to the browser tab Dossier Desk opened; or</li>
            <li>open the full address (with its #token=… part) printed in the terminal at start-up; or</li>
            <li>
              if that terminal is closed, start the app again (<code>npm start</code>): the browser opens the
              right address.
            </li>
          </ul>
        </section>
      </div>
    </main>
  );
}
