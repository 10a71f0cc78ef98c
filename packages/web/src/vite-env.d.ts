interface ImportMetaEnv {
  /** Region code the portal opens with (e.g. the city); unset shows every region. */
  readonly VITE_DEFAULT_REGION?: string;
}
