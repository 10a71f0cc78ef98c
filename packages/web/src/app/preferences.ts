import { useSyncExternalStore } from 'react';

/** 适老化: a large-font mode, a class on <html> plus bigger antd tokens, persisted per browser. */
const STORAGE_KEY = 'yiwang.largeFont';
const CLASS_NAME = 'yw-large-font';
const listeners = new Set<() => void>();

let largeFont = localStorage.getItem(STORAGE_KEY) === '1';
document.documentElement.classList.toggle(CLASS_NAME, largeFont);

export function setLargeFont(on: boolean): void {
  largeFont = on;
  localStorage.setItem(STORAGE_KEY, on ? '1' : '0');
  document.documentElement.classList.toggle(CLASS_NAME, on);
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useLargeFont(): boolean {
  return useSyncExternalStore(subscribe, () => largeFont);
}
