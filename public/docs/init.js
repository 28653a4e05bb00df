// Starts the API reference on /docs from this Worker's own copy of Scalar (no CDN, no fonts
// from elsewhere): the page works offline and its CSP allows scripts from 'self' only.
/* global Scalar */
Scalar.createApiReference("#app", {
  url: "/openapi.json",
  withDefaultFonts: false,
  hideClientButton: false,
  documentDownloadType: "json",
  telemetry: false,
  agent: { disabled: true },
  mcp: { disabled: true },
});
