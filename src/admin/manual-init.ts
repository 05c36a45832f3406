// Runs before Decap CMS's script: Decap starts itself when it loads unless this flag is set, and
// the preview templates must be registered before it renders anything (cms-setup.ts starts it).
(window as unknown as { CMS_MANUAL_INIT: boolean }).CMS_MANUAL_INIT = true;
