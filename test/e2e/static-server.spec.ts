import { expect, test } from './harness';

test('the test server serves the build under the app’s CSP and refuses to climb out of it', async ({
  rendererServer,
  request,
}) => {
  const index = await request.get(rendererServer.url);
  expect(index.status()).toBe(200);
  expect(index.headers()['content-security-policy']).toContain("script-src 'self'");
  // Encoded separators reach the server as written and are refused outright.
  for (const path of ['..%2f..%2fetc%2fpasswd', 'assets/..%5c..%5cpackage.json', '%252e%252e/x']) {
    const response = await request.get(`${rendererServer.url}${path}`);
    expect(response.status(), path).toBe(403);
  }
  // Dot segments are folded by the client before sending: what arrives stays inside the build.
  expect((await request.get(`${rendererServer.url}%2e%2e/%2e%2e/etc/passwd`)).status()).toBe(404);
  expect((await request.post(rendererServer.url)).status()).toBe(405);
  expect((await request.get(`${rendererServer.url}missing.js`)).status()).toBe(404);
});
