// The 63 provinces before 1/7/2025 and the 34 they became (Resolution 202/2025/QH15, as in
// shared/data/provinces-2025.json), with a code, a plausible founding date of each provincial federation
// and a few real districts whose federations the demo generates.

export interface Province {
  name: string;
  /** ASCII code part: LDLD-<abbreviation>. */
  abbreviation: string;
  kind: 'city' | 'province';
  federationFoundedOn: string;
  /** Districts, district-level towns and cities, as written after "Liên đoàn Lao động". */
  districts: string[];
  /** The name before a change of status, with the day the new name took effect (Thừa Thiên Huế → Huế). */
  formerly?: { name: string; kind: 'city' | 'province'; until: string };
}

/** A province of 1/7/2025: the surviving one keeps its federation, the absorbed ones merge into it. */
export interface MergedProvince {
  survivor: Province;
  absorbed: Province[];
}

const p = (
  name: string,
  abbreviation: string,
  federationFoundedOn: string,
  districts: string[],
  kind: 'city' | 'province' = 'province',
): Province => ({ name, abbreviation, kind, federationFoundedOn, districts });

export const PROVINCES_2025: MergedProvince[] = [
  { survivor: p('Hà Nội', 'HN', '1955-01-15', [], 'city'), absorbed: [] },
  {
    survivor: {
      ...p('Huế', 'HUE', '1989-07-01', ['thị xã Hương Thủy', 'thị xã Hương Trà', 'huyện Phú Vang'], 'city'),
      formerly: { name: 'Thừa Thiên Huế', kind: 'province', until: '2025-01-01' },
    },
    absorbed: [],
  },
  {
    survivor: p(
      'Hồ Chí Minh',
      'HCM',
      '1975-05-28',
      ['quận Gò Vấp', 'quận Tân Bình', 'thành phố Thủ Đức'],
      'city',
    ),
    absorbed: [
      p('Bình Dương', 'BD', '1997-01-01', ['thành phố Thủ Dầu Một', 'thành phố Dĩ An', 'thành phố Thuận An']),
      p('Bà Rịa - Vũng Tàu', 'BRVT', '1991-08-12', [
        'thành phố Vũng Tàu',
        'thành phố Bà Rịa',
        'thị xã Phú Mỹ',
      ]),
    ],
  },
  {
    survivor: p('Hải Phòng', 'HP', '1955-06-20', ['quận Ngô Quyền', 'quận Lê Chân', 'quận Hải An'], 'city'),
    absorbed: [
      p('Hải Dương', 'HD', '1997-01-01', ['thành phố Hải Dương', 'thành phố Chí Linh', 'thị xã Kinh Môn']),
    ],
  },
  {
    survivor: p('Đà Nẵng', 'DN', '1997-01-01', ['quận Hải Châu', 'quận Liên Chiểu', 'quận Sơn Trà'], 'city'),
    absorbed: [
      p('Quảng Nam', 'QNA', '1997-01-01', ['thành phố Tam Kỳ', 'thành phố Hội An', 'thị xã Điện Bàn']),
    ],
  },
  {
    survivor: p('Cần Thơ', 'CT', '2004-01-01', ['quận Ninh Kiều', 'quận Bình Thủy', 'quận Cái Răng'], 'city'),
    absorbed: [
      p('Sóc Trăng', 'ST', '1992-04-01', ['thành phố Sóc Trăng', 'thị xã Vĩnh Châu']),
      p('Hậu Giang', 'HG', '2004-01-01', ['thành phố Vị Thanh', 'thành phố Ngã Bảy']),
    ],
  },
  {
    survivor: p('Lai Châu', 'LCH', '2004-01-01', [
      'thành phố Lai Châu',
      'huyện Tam Đường',
      'huyện Than Uyên',
    ]),
    absorbed: [],
  },
  {
    survivor: p('Điện Biên', 'DB', '2004-01-01', [
      'thành phố Điện Biên Phủ',
      'huyện Mường Ảng',
      'huyện Điện Biên',
    ]),
    absorbed: [],
  },
  {
    survivor: p('Sơn La', 'SL', '1976-03-01', ['thành phố Sơn La', 'huyện Mộc Châu', 'huyện Mai Sơn']),
    absorbed: [],
  },
  {
    survivor: p('Lạng Sơn', 'LS', '1979-01-01', ['thành phố Lạng Sơn', 'huyện Cao Lộc', 'huyện Hữu Lũng']),
    absorbed: [],
  },
  {
    survivor: p('Quảng Ninh', 'QNI', '1963-10-30', [
      'thành phố Hạ Long',
      'thành phố Cẩm Phả',
      'thành phố Uông Bí',
    ]),
    absorbed: [],
  },
  {
    survivor: p('Thanh Hóa', 'TH', '1976-03-01', [
      'thành phố Thanh Hóa',
      'thị xã Nghi Sơn',
      'thành phố Sầm Sơn',
    ]),
    absorbed: [],
  },
  {
    survivor: p('Nghệ An', 'NA', '1991-08-12', ['thành phố Vinh', 'thị xã Cửa Lò', 'huyện Diễn Châu']),
    absorbed: [],
  },
  {
    survivor: p('Hà Tĩnh', 'HT', '1991-08-12', ['thành phố Hà Tĩnh', 'thị xã Kỳ Anh', 'huyện Cẩm Xuyên']),
    absorbed: [],
  },
  {
    survivor: p('Cao Bằng', 'CB', '1979-01-01', ['thành phố Cao Bằng', 'huyện Hòa An', 'huyện Trùng Khánh']),
    absorbed: [],
  },
  {
    survivor: p('Tuyên Quang', 'TQ', '1991-08-12', ['thành phố Tuyên Quang', 'huyện Sơn Dương']),
    absorbed: [p('Hà Giang', 'HGI', '1991-08-12', ['thành phố Hà Giang', 'huyện Vị Xuyên'])],
  },
  {
    survivor: p('Lào Cai', 'LCA', '1991-08-12', ['thành phố Lào Cai', 'thị xã Sa Pa', 'huyện Bảo Thắng']),
    absorbed: [p('Yên Bái', 'YB', '1991-08-12', ['thành phố Yên Bái', 'thị xã Nghĩa Lộ'])],
  },
  {
    survivor: p('Thái Nguyên', 'TN', '1997-01-01', [
      'thành phố Thái Nguyên',
      'thành phố Sông Công',
      'thành phố Phổ Yên',
    ]),
    absorbed: [p('Bắc Kạn', 'BK', '1997-01-01', ['thành phố Bắc Kạn', 'huyện Chợ Đồn'])],
  },
  {
    survivor: p('Phú Thọ', 'PT', '1997-01-01', ['thành phố Việt Trì', 'thị xã Phú Thọ', 'huyện Lâm Thao']),
    absorbed: [
      p('Vĩnh Phúc', 'VP', '1997-01-01', ['thành phố Vĩnh Yên', 'thành phố Phúc Yên', 'huyện Bình Xuyên']),
      p('Hòa Bình', 'HB', '1991-10-01', ['thành phố Hòa Bình', 'huyện Lương Sơn']),
    ],
  },
  {
    survivor: p('Bắc Ninh', 'BN', '1997-01-01', [
      'thành phố Bắc Ninh',
      'thành phố Từ Sơn',
      'huyện Yên Phong',
    ]),
    absorbed: [
      p('Bắc Giang', 'BG', '1997-01-01', ['thành phố Bắc Giang', 'thị xã Việt Yên', 'huyện Yên Dũng']),
    ],
  },
  {
    survivor: p('Hưng Yên', 'HY', '1997-01-01', ['thành phố Hưng Yên', 'thị xã Mỹ Hào', 'huyện Văn Lâm']),
    absorbed: [p('Thái Bình', 'TB', '1976-03-01', ['thành phố Thái Bình', 'huyện Tiền Hải'])],
  },
  {
    survivor: p('Ninh Bình', 'NB', '1992-04-01', [
      'thành phố Ninh Bình',
      'thành phố Tam Điệp',
      'huyện Gia Viễn',
    ]),
    absorbed: [
      p('Hà Nam', 'HNA', '1997-01-01', ['thành phố Phủ Lý', 'thị xã Duy Tiên']),
      p('Nam Định', 'ND', '1997-01-01', ['thành phố Nam Định', 'huyện Hải Hậu']),
    ],
  },
  {
    survivor: p('Quảng Trị', 'QT', '1989-07-01', ['thành phố Đông Hà', 'thị xã Quảng Trị', 'huyện Gio Linh']),
    absorbed: [p('Quảng Bình', 'QB', '1989-07-01', ['thành phố Đồng Hới', 'thị xã Ba Đồn'])],
  },
  {
    survivor: p('Quảng Ngãi', 'QNG', '1989-07-01', [
      'thành phố Quảng Ngãi',
      'thị xã Đức Phổ',
      'huyện Bình Sơn',
    ]),
    absorbed: [p('Kon Tum', 'KT', '1991-08-12', ['thành phố Kon Tum', 'huyện Đắk Hà'])],
  },
  {
    survivor: p('Gia Lai', 'GL', '1991-08-12', ['thành phố Pleiku', 'thị xã An Khê', 'huyện Chư Sê']),
    absorbed: [
      p('Bình Định', 'BDI', '1989-07-01', ['thành phố Quy Nhơn', 'thị xã An Nhơn', 'huyện Phù Cát']),
    ],
  },
  {
    survivor: p('Khánh Hòa', 'KH', '1989-07-01', [
      'thành phố Nha Trang',
      'thành phố Cam Ranh',
      'thị xã Ninh Hòa',
    ]),
    absorbed: [p('Ninh Thuận', 'NT', '1992-04-01', ['thành phố Phan Rang - Tháp Chàm', 'huyện Ninh Hải'])],
  },
  {
    survivor: p('Lâm Đồng', 'LD', '1976-03-01', ['thành phố Đà Lạt', 'thành phố Bảo Lộc', 'huyện Đức Trọng']),
    absorbed: [
      p('Đắk Nông', 'DNO', '2004-01-01', ['thành phố Gia Nghĩa', 'huyện Đắk Mil']),
      p('Bình Thuận', 'BTH', '1992-04-01', ['thành phố Phan Thiết', 'thị xã La Gi']),
    ],
  },
  {
    survivor: p('Đắk Lắk', 'DLK', '1976-03-01', [
      'thành phố Buôn Ma Thuột',
      'thị xã Buôn Hồ',
      'huyện Krông Pắc',
    ]),
    absorbed: [p('Phú Yên', 'PY', '1989-07-01', ['thành phố Tuy Hòa', 'thị xã Sông Cầu'])],
  },
  {
    survivor: p('Đồng Nai', 'DNA', '1976-03-01', [
      'thành phố Biên Hòa',
      'thành phố Long Khánh',
      'huyện Nhơn Trạch',
    ]),
    absorbed: [p('Bình Phước', 'BP', '1997-01-01', ['thành phố Đồng Xoài', 'thị xã Bình Long'])],
  },
  {
    survivor: p('Tây Ninh', 'TNI', '1976-03-01', [
      'thành phố Tây Ninh',
      'thị xã Trảng Bàng',
      'thị xã Hòa Thành',
    ]),
    absorbed: [p('Long An', 'LA', '1976-03-01', ['thành phố Tân An', 'huyện Bến Lức', 'huyện Đức Hòa'])],
  },
  {
    survivor: p('Vĩnh Long', 'VL', '1992-04-01', ['thành phố Vĩnh Long', 'thị xã Bình Minh']),
    absorbed: [
      p('Bến Tre', 'BTR', '1976-03-01', ['thành phố Bến Tre', 'huyện Mỏ Cày Nam']),
      p('Trà Vinh', 'TV', '1992-04-01', ['thành phố Trà Vinh', 'thị xã Duyên Hải']),
    ],
  },
  {
    survivor: p('Đồng Tháp', 'DT', '1976-03-01', [
      'thành phố Cao Lãnh',
      'thành phố Sa Đéc',
      'thành phố Hồng Ngự',
    ]),
    absorbed: [p('Tiền Giang', 'TG', '1976-03-01', ['thành phố Mỹ Tho', 'thị xã Gò Công', 'thị xã Cai Lậy'])],
  },
  {
    survivor: p('Cà Mau', 'CM', '1997-01-01', ['thành phố Cà Mau', 'huyện Năm Căn']),
    absorbed: [p('Bạc Liêu', 'BL', '1997-01-01', ['thành phố Bạc Liêu', 'thị xã Giá Rai'])],
  },
  {
    survivor: p('An Giang', 'AG', '1976-03-01', [
      'thành phố Long Xuyên',
      'thành phố Châu Đốc',
      'thị xã Tân Châu',
    ]),
    absorbed: [
      p('Kiên Giang', 'KG', '1976-03-01', ['thành phố Rạch Giá', 'thành phố Phú Quốc', 'thành phố Hà Tiên']),
    ],
  },
];

/** "thành phố Hồ Chí Minh", "tỉnh Lâm Đồng". */
export function provinceTitle(name: string, kind: 'city' | 'province'): string {
  return `${kind === 'city' ? 'thành phố' : 'tỉnh'} ${name}`;
}

/** "Liên đoàn Lao động thành phố Hà Nội", "Liên đoàn Lao động tỉnh Lâm Đồng". */
export function federationName(name: string, kind: 'city' | 'province'): string {
  return `Liên đoàn Lao động ${provinceTitle(name, kind)}`;
}

export function federationCode(province: Province): string {
  return `LDLD-${province.abbreviation}`;
}

/** The place in a district's name: "quận Gò Vấp" → "Gò Vấp". */
export function placeOf(district: string): string {
  return district.replace(/^(quận|huyện|thị xã|thành phố|phường|xã)\s+/u, '');
}
