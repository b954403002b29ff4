// @ts-check
/**
 * Powerful features no page of newsquiz uses, switched off for it and anything it might embed (the
 * Permissions-Policy header of every response). Plain JavaScript because next.config.mjs reads it at run time:
 * a TypeScript config would make Next load its 26 MB swc binding into the server only to transpile the config.
 */
export const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "publickey-credentials-get=()",
  "usb=()",
  "browsing-topics=()",
].join(", ");
