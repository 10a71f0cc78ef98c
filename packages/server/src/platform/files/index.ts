export {
  createFileStore, localBackend, sniffType, UploadRefused, UPLOAD_TYPES, type FileBackend, type FileStore, type StoredFile, type UploadMime,
} from './file-store.js';
export { s3Backend, s3ConfigFromEnv, type S3Config } from './s3-backend.js';
