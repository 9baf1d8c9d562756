/** @type {import('next').NextConfig} */
const nextConfig = {
  // A native addon: loaded by Node at run time, never bundled.
  serverExternalPackages: ["better-sqlite3"],
  experimental: {
    // forbidden() in pages: a wrong role gets a real 403 and app/forbidden.tsx.
    authInterrupts: true,
    // Documents travel as base64 inside server action bodies (10 MB a file, a third more once encoded).
    serverActions: { bodySizeLimit: "16mb" },
  },
  poweredByHeader: false,
};

export default nextConfig;
