/**
 * Stands in for the package `use-sync-external-store/shim` in the build (vite.config.ts): that shim
 * brings the hook to React versions before 18 and, on React 19, only hands over React's own, yet
 * its code (about 0.3 kB gzip) rode in the first download for react-i18next (issue 17).
 */
export { useSyncExternalStore } from 'react';
