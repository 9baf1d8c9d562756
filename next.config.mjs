/** @type {import('next').NextConfig} */
const nextConfig = {
  // A native addon, and a PDF writer that reads its font metrics from its own folder: loaded by Node at
  // run time, never bundled. prom-client too, so that scripts/serve.mjs and the app share one registry.
  serverExternalPackages: ["better-sqlite3", "pdfkit", "bwip-js", "nodemailer", "sharp", "prom-client", "pino"],
  experimental: {
    // forbidden() in pages: a wrong role gets a real 403 and app/forbidden.tsx.
    authInterrupts: true,
    // Files go through /api/uploads; an action carries only their ids and a form's fields.
    serverActions: { bodySizeLimit: "1mb" },
    // proxy.ts buffers the body of every request it sees (pages and actions, not /api/): no more than an
    // action may carry, instead of the 10 MB default, for anyone, signed in or not.
    proxyClientMaxBodySize: "1mb",
  },
  poweredByHeader: false,
  // `npm run dev` opened as http://127.0.0.1:3000 as well as http://localhost:3000.
  allowedDevOrigins: ["127.0.0.1", "localhost"],
  // API routes too: pages get these from proxy.ts, with their CSP.
  async headers() {
    return [
      {
        source: "/api/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "SAMEORIGIN" },
        ],
      },
    ];
  },
};

export default nextConfig;
