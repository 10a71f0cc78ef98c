import { useCallback, useSyncExternalStore } from 'react';
import { accountMessages } from './messages/account';
import { caseMessages } from './messages/cases';
import { certificateMessages } from './messages/certificates';
import { adminMessages } from './messages/admin';
import { commonMessages } from './messages/common';
import { editorMessages } from './messages/editor';
import { guideMessages } from './messages/guide';
import { portalMessages } from './messages/portal';
import { workbenchMessages } from './messages/workbench';

export type Language = 'zh-CN' | 'en';
export const LANGUAGES: readonly Language[] = ['zh-CN', 'en'];

/** Each message is [Simplified Chinese, English]; Chinese is the primary text. */
const allMessages = {
  ...commonMessages, ...portalMessages, ...guideMessages, ...adminMessages, ...editorMessages, ...accountMessages, ...workbenchMessages,
  ...caseMessages, ...certificateMessages,
};
export type MessageKey = keyof typeof allMessages;
type Dictionary = Record<MessageKey, string>;

function dictionary(index: 0 | 1): Dictionary {
  const entries = Object.entries(allMessages) as [MessageKey, readonly [string, string]][];
  return Object.fromEntries(entries.map(([key, pair]) => [key, pair[index]])) as Dictionary;
}

export const dictionaries: Record<Language, Dictionary> = { 'zh-CN': dictionary(0), en: dictionary(1) };

const STORAGE_KEY = 'yiwang.language';
const listeners = new Set<() => void>();

function readStored(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'zh-CN';
}

let current: Language = readStored();
document.documentElement.lang = current;

export function getLanguage(): Language {
  return current;
}

export function setLanguage(language: Language): void {
  current = language;
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useLanguage(): Language {
  return useSyncExternalStore(subscribe, getLanguage);
}

export type TranslateParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: TranslateParams) => string;

export function translate(language: Language, key: MessageKey, params?: TranslateParams): string {
  const text = dictionaries[language][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

/** The translation function for the current language: `t('nav.home')`, `t('search.total', { n: 3 })`. */
export function useT(): Translate {
  const language = useLanguage();
  return useCallback((key, params) => translate(language, key, params), [language]);
}
