export { createFileStore, sniffType, UploadRefused, UPLOAD_TYPES, type FileStore, type StoredFile, type UploadMime } from './file-store.js';
