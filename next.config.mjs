/** @type {import('next').NextConfig} */
const nextConfig = {
  // A native addon: loaded by Node at run time, never bundled.
  serverExternalPackages: ["better-sqlite3"],
  experimental: {
    // forbidden() in pages: a wrong role gets a real 403 and app/forbidden.tsx.
    authInterrupts: true,
    // Documents travel as base64 inside server action bodies (10 MB a file, a third more once encoded).
    serverActions: { bodySizeLimit: "16mb" },
    // proxy.ts buffers request bodies up to this size (10 MB by default, too little for the same files).
    proxyClientMaxBodySize: "16mb",
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
