/** The domain core's public surface. Pure TypeScript: no React, no DOM, no i18next, no store. */
export * from './a-number';
export * from './assess';
export * from './case-facts';
export * from './case-file';
export * from './case-schema';
export * from './checklist';
export * from './evidence-items';
export * from './factor-catalog';
export * from './file-name';
export * from './flow';
export * from './letter-model';
export * from './offices';
export * from './partial-date';
export * from './red-flags';
export * from './request-options';
export * from './routes';
export * from './sources';
