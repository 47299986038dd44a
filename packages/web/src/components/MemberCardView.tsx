// One member card at its real size: the union band, the member's name, birth date, unit, number and QR code.

import type { MemberCard } from '@congdoan/domain';
import { IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatBirthDate } from './memberLabels.ts';
import './member-card.css';

export function MemberCardView({ card }: { card: MemberCard }) {
  const { t } = useTranslation();
  const { member } = card;
  return (
    <div className="member-card" data-testid="member-card" data-member-id={member.id}>
      <div className="member-card__band">
        <div className="member-card__logo">
          <IconUsersGroup size={22} stroke={1.8} />
        </div>
        <div>
          <div className="member-card__org">{t('members.card.federation')}</div>
          <div className="member-card__title">{t('members.card.heading')}</div>
        </div>
      </div>
      <div className="member-card__body">
        <div className="member-card__fields">
          <div>
            <span className="member-card__label">{t('members.card.name')}</span>
            <div className="member-card__name" data-testid="card-name">
              {member.fullName}
            </div>
          </div>
          <div>
            <span className="member-card__label">{t('members.card.dateOfBirth')}</span>
            <span data-testid="card-birth">
              {formatBirthDate(member.dateOfBirth, member.dateOfBirthPrecision)}
            </span>
          </div>
          <div>
            <span className="member-card__label">{t('members.card.unit')}</span>
            <span className="member-card__unit" data-testid="card-unit">
              {card.unit.name}
            </span>
          </div>
          <div>
            <span className="member-card__label">{t('members.card.number')}</span>
            <span className="member-card__number" data-testid="card-number">
              {card.cardNumber ?? t('members.card.noNumber')}
            </span>
          </div>
        </div>
        <div className="member-card__qr">
          {/* The server draws the QR code (it signs the token inside); its SVG is shown as it comes. */}
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: an SVG made by our own server's QR library */}
          <div data-testid="card-qr" dangerouslySetInnerHTML={{ __html: card.qrSvg }} />
          <div className="member-card__hint">{t('members.card.scanHint')}</div>
        </div>
      </div>
      <div className="member-card__foot" />
    </div>
  );
}
