// Hà Nội as the seeds describe it: the city federation's superior units before 1/7/2025, the grassroots
// unions the articles name, and the wards and communes that replaced the districts on 1/7/2025.

export const HANOI = {
  code: 'LDLD-HN',
  name: 'Liên đoàn Lao động thành phố Hà Nội',
  shortName: 'LĐLĐ Hà Nội',
  foundedOn: '1955-01-15',
};

export interface HanoiDistrict {
  /** Code suffix, e.g. 'HM' → LDLD-HN-HM. */
  slug: string;
  /** "quận Hoàng Mai", "huyện Gia Lâm". */
  name: string;
  foundedOn: string;
  /** The wards and communes of 1/7/2025 that took over its area ("phường Định Công", "xã Bát Tràng"). */
  wards: string[];
  /** Grassroots unions named by hand (without "Công đoàn cơ sở"); more are generated up to the ward count. */
  grassroots: string[];
}

export const HANOI_DISTRICTS: HanoiDistrict[] = [
  {
    slug: 'BD',
    name: 'quận Ba Đình',
    foundedOn: '1961-06-01',
    wards: ['phường Ba Đình', 'phường Ngọc Hà', 'phường Giảng Võ'],
    grassroots: ['Trường THCS Giảng Võ', 'Công ty Cổ phần Thương mại Ngọc Hà'],
  },
  {
    slug: 'HK',
    name: 'quận Hoàn Kiếm',
    foundedOn: '1961-06-01',
    wards: ['phường Hoàn Kiếm', 'phường Cửa Nam'],
    grassroots: ['Công ty Cổ phần Bách hóa Tràng Tiền', 'Trường THCS Ngô Sĩ Liên'],
  },
  {
    slug: 'DD',
    name: 'quận Đống Đa',
    foundedOn: '1961-06-01',
    wards: [
      'phường Đống Đa',
      'phường Kim Liên',
      'phường Văn Miếu - Quốc Tử Giám',
      'phường Láng',
      'phường Ô Chợ Dừa',
    ],
    grassroots: ['Trường THCS Láng Thượng', 'Trường Mầm non Kim Liên', 'Công ty TNHH Sách Văn Miếu'],
  },
  {
    slug: 'HBT',
    name: 'quận Hai Bà Trưng',
    foundedOn: '1961-06-01',
    wards: ['phường Hai Bà Trưng', 'phường Vĩnh Tuy', 'phường Bạch Mai'],
    grassroots: ['Bệnh viện Đa khoa Thanh Nhàn', 'Trường THCS Vĩnh Tuy', 'Công ty Cổ phần Dệt Minh Khai'],
  },
  {
    slug: 'TH',
    name: 'quận Tây Hồ',
    foundedOn: '1996-01-10',
    wards: ['phường Tây Hồ', 'phường Phú Thượng'],
    grassroots: ['Trường Tiểu học Phú Thượng', 'Công ty TNHH Du lịch Hồ Tây'],
  },
  {
    slug: 'CG',
    name: 'quận Cầu Giấy',
    foundedOn: '1997-01-15',
    wards: ['phường Cầu Giấy', 'phường Nghĩa Đô', 'phường Yên Hòa'],
    grassroots: [
      'Trường THCS Nghĩa Tân',
      'Trung tâm Y tế quận Cầu Giấy',
      'Công ty Cổ phần Công nghệ Dịch Vọng',
    ],
  },
  {
    slug: 'TX',
    name: 'quận Thanh Xuân',
    foundedOn: '1997-01-15',
    wards: ['phường Thanh Xuân', 'phường Khương Đình', 'phường Phương Liệt'],
    grassroots: ['Trường THCS Khương Đình', 'Công ty Cổ phần Cơ khí Thanh Xuân'],
  },
  {
    slug: 'HM',
    name: 'quận Hoàng Mai',
    foundedOn: '2004-01-05',
    wards: [
      'phường Hoàng Mai',
      'phường Định Công',
      'phường Hoàng Liệt',
      'phường Tương Mai',
      'phường Vĩnh Hưng',
      'phường Yên Sở',
      'phường Lĩnh Nam',
    ],
    grassroots: [
      'Trung tâm Y tế quận Hoàng Mai',
      'Trường Tiểu học Định Công',
      'Trường THCS Hoàng Liệt',
      'Công ty TNHH Xây dựng Tương Mai',
      'Trường Mầm non Vĩnh Hưng',
      'Công ty Cổ phần Môi trường Yên Sở',
      'Trường THCS Lĩnh Nam',
      'Công ty TNHH Thực phẩm Hoàng Mai',
    ],
  },
  {
    slug: 'NTL',
    name: 'quận Nam Từ Liêm',
    foundedOn: '2014-04-01',
    wards: ['phường Từ Liêm', 'phường Xuân Phương', 'phường Tây Mỗ', 'phường Đại Mỗ'],
    grassroots: ['Trường THCS Xuân Phương', 'Công ty Cổ phần Đầu tư Mỹ Đình'],
  },
  {
    slug: 'BTL',
    name: 'quận Bắc Từ Liêm',
    foundedOn: '2014-04-01',
    wards: ['phường Đông Ngạc', 'phường Thượng Cát', 'phường Xuân Đỉnh', 'phường Tây Tựu', 'phường Phú Diễn'],
    grassroots: ['Trường THCS Đông Ngạc', 'Công ty TNHH Hoa Tây Tựu'],
  },
  {
    slug: 'HD',
    name: 'quận Hà Đông',
    foundedOn: '2008-08-01',
    wards: ['phường Hà Đông', 'phường Dương Nội', 'phường Yên Nghĩa', 'phường Phú Lương', 'phường Kiến Hưng'],
    grassroots: ['Bệnh viện Đa khoa Hà Đông', 'Công ty Cổ phần Dệt lụa Vạn Phúc'],
  },
  {
    slug: 'TT',
    name: 'huyện Thanh Trì',
    foundedOn: '1961-06-01',
    wards: ['xã Thanh Trì', 'xã Đại Thanh', 'xã Nam Phù', 'xã Ngọc Hồi', 'phường Thanh Liệt'],
    grassroots: ['Trường THCS Ngọc Hồi', 'Công ty TNHH Cơ khí Văn Điển'],
  },
  {
    slug: 'GL',
    name: 'huyện Gia Lâm',
    foundedOn: '1961-06-01',
    wards: ['xã Gia Lâm', 'xã Thuận An', 'xã Bát Tràng', 'xã Phù Đổng'],
    grassroots: ['Trường THCS Bát Tràng', 'Công ty TNHH Gốm sứ Bát Tràng', 'Bệnh viện Đa khoa huyện Gia Lâm'],
  },
  {
    slug: 'DA',
    name: 'huyện Đông Anh',
    foundedOn: '1961-06-01',
    wards: ['xã Đông Anh', 'xã Phúc Thịnh', 'xã Thiên Lộc', 'xã Thư Lâm', 'xã Vĩnh Thanh'],
    grassroots: ['Công ty Cổ phần Chế tạo Điện cơ Đông Anh', 'Trường THCS Thụy Lâm'],
  },
  {
    slug: 'SS',
    name: 'huyện Sóc Sơn',
    foundedOn: '1977-05-20',
    wards: ['xã Sóc Sơn', 'xã Kim Anh', 'xã Trung Giã', 'xã Đa Phúc', 'xã Nội Bài'],
    grassroots: ['Trường THCS Kim Anh', 'Công ty TNHH Dịch vụ Nội Bài'],
  },
];

/** Union units of the city's agencies and sectors, each wound up on 1/7/2025 into the city federation. */
export interface HanoiSectorUnion {
  code: string;
  /** Code part of its grassroots unions: CDCS-HN-<slug>-01. */
  slug: string;
  name: string;
  type: 'civil_servants' | 'local_sector';
  foundedOn: string;
  grassroots: string[];
}

export const HANOI_SECTOR_UNIONS: HanoiSectorUnion[] = [
  {
    code: 'CDVC-HN',
    slug: 'VC',
    name: 'Công đoàn Viên chức thành phố Hà Nội',
    type: 'civil_servants',
    foundedOn: '1993-11-20',
    grassroots: [
      'Sở Khoa học và Công nghệ Hà Nội',
      'Sở Tư pháp Hà Nội',
      'Sở Nội vụ Hà Nội',
      'Sở Văn hóa và Thể thao Hà Nội',
      'Văn phòng Ủy ban nhân dân thành phố Hà Nội',
      'Thanh tra thành phố Hà Nội',
    ],
  },
  {
    code: 'CDN-GD-HN',
    slug: 'GD',
    name: 'Công đoàn ngành Giáo dục Hà Nội',
    type: 'local_sector',
    foundedOn: '1988-11-20',
    grassroots: [
      'Trường THPT Chu Văn An',
      'Trường THPT Việt Đức',
      'Trường THPT Kim Liên',
      'Trường THPT chuyên Hà Nội - Amsterdam',
      'Trường THPT Nguyễn Trãi - Ba Đình',
    ],
  },
  {
    code: 'CDN-GTVT-HN',
    slug: 'GTVT',
    name: 'Công đoàn ngành Giao thông Vận tải Hà Nội',
    type: 'local_sector',
    foundedOn: '1992-03-01',
    grassroots: [
      'Tổng Công ty Vận tải Hà Nội',
      'Công ty TNHH MTV Đường sắt Hà Nội',
      'Công ty Cổ phần Xe khách Hà Nội',
      'Ban Quản lý dự án đầu tư xây dựng công trình giao thông thành phố Hà Nội',
    ],
  },
];

/** The two agency unions that were consolidated on 1/1/2021 into the one the seeds report on. */
export const NATIONAL_ASSEMBLY_OFFICE = {
  before: [
    { code: 'CDCS-HN-VPDBQH', name: 'Công đoàn cơ sở Văn phòng Đoàn ĐBQH thành phố Hà Nội' },
    { code: 'CDCS-HN-VPHDND', name: 'Công đoàn cơ sở Văn phòng HĐND thành phố Hà Nội' },
  ],
  foundedOn: '2008-09-01',
  consolidatedOn: '2021-01-01',
  code: 'CDCS-HN-VPDBQH-HDND',
  name: 'Công đoàn Văn phòng Đoàn ĐBQH và HĐND thành phố Hà Nội',
};

export const HANOI_INDUSTRIAL_ZONES = {
  code: 'CD-KCN-HN',
  name: 'Công đoàn các Khu công nghiệp - Khu chế xuất Hà Nội',
  foundedOn: '2001-06-15',
  grassroots: [
    'Công ty TNHH Điện tử Thăng Long',
    'Công ty TNHH Cơ khí Chính xác Nội Bài',
    'Công ty TNHH Bao bì Quang Minh',
    'Công ty Cổ phần Dược phẩm Phú Nghĩa',
    'Công ty TNHH Linh kiện Bắc Thăng Long',
  ],
  /** Equitised in 2008: the union kept its identity and took the company's new name. */
  plastics: {
    code: 'CDCS-HN-NHUA',
    before: 'Công đoàn cơ sở Công ty Nhựa Hà Nội',
    after: 'Công đoàn cơ sở Công ty Cổ phần Nhựa Hà Nội',
    foundedOn: '2003-03-10',
    renamedOn: '2008-06-01',
  },
};
