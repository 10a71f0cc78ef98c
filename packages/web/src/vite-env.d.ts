interface ImportMetaEnv {
  /** Region code the portal opens with; unset means 长沙市 (4301), empty means every region. */
  readonly VITE_DEFAULT_REGION?: string;
}
