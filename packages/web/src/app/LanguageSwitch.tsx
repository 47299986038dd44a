// The vi/en switch, in the header and on the sign-in page; the choice is remembered in this browser.
import { LOCALES, type Locale } from '@congdoan/domain';
import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { setLanguage } from '../i18n/index.ts';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      data-testid="language-switch"
      aria-label={t('language.label')}
      size="xs"
      value={i18n.language === 'en' ? 'en' : 'vi'}
      onChange={(value) => void setLanguage(value as Locale)}
      data={LOCALES.map((language) => ({
        value: language,
        label: <span data-testid={`language-${language}`}>{t(`language.${language}`)}</span>,
      }))}
    />
  );
}
