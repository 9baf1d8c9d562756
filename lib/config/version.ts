// The release this code is (package.json's version): in /api/health, the backups' manifests and the logs.
import packageJson from "../../package.json";

export const APP_VERSION: string = packageJson.version;
