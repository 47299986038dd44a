import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<h1>Công Đoàn Số</h1>);
