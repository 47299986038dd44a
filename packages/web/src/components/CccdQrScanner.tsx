// Reading the QR code of a chip-based CCCD card: with the phone or PC camera, or as text a scanner types.
import { type CccdQrData, parseCccdQr } from '@congdoan/domain';
import { Alert, Box, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { IconCamera, IconCameraOff, IconClipboardText } from '@tabler/icons-react';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Frames are decoded at most this often: enough to feel instant, light enough for an old phone. */
const DECODE_EVERY_MS = 150;
/** Frames are scaled down to this width before decoding; the CCCD code is large enough for it. */
const DECODE_WIDTH = 720;

type Decoder = (
  data: Uint8ClampedArray,
  width: number,
  height: number,
  options?: object,
) => { data: string } | null;

export function CccdQrScanner({ onRead }: { onRead: (data: CccdQrData) => void }) {
  const { t } = useTranslation();
  const [scanning, setScanning] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [pasted, setPasted] = useState('');
  const video = useRef<HTMLVideoElement>(null);
  const stop = useRef<() => void>(() => {});

  useEffect(() => () => stop.current(), []);

  const read = (text: string): boolean => {
    const data = parseCccdQr(text.trim());
    if (!data) return false;
    setProblem(null);
    onRead(data);
    return true;
  };

  const start = async () => {
    setProblem(null);
    if (!navigator.mediaDevices?.getUserMedia) {
      setProblem(t('members.qr.noCamera'));
      return;
    }
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: { ideal: 'environment' }, width: { ideal: 1280 } },
        audio: false,
      });
    } catch (error) {
      setProblem(t('members.qr.cameraError', { message: (error as Error).message }));
      return;
    }
    const { default: jsQR } = (await import('jsqr')) as unknown as { default: Decoder };
    setScanning(true);
    let running = true;
    let frame = 0;
    let lastDecode = 0;
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });
    stop.current = () => {
      running = false;
      cancelAnimationFrame(frame);
      for (const track of stream.getTracks()) track.stop();
      setScanning(false);
    };
    const element = video.current;
    if (!element || !context) {
      stop.current();
      return;
    }
    element.srcObject = stream;
    await element.play().catch(() => undefined);
    const tick = (now: number) => {
      if (!running) return;
      frame = requestAnimationFrame(tick);
      if (now - lastDecode < DECODE_EVERY_MS || element.readyState < element.HAVE_ENOUGH_DATA) return;
      lastDecode = now;
      const scale = Math.min(1, DECODE_WIDTH / element.videoWidth);
      canvas.width = Math.round(element.videoWidth * scale);
      canvas.height = Math.round(element.videoHeight * scale);
      context.drawImage(element, 0, 0, canvas.width, canvas.height);
      const image = context.getImageData(0, 0, canvas.width, canvas.height);
      const code = jsQR(image.data, image.width, image.height, { inversionAttempts: 'attemptBoth' });
      if (!code) return;
      if (read(code.data)) stop.current();
      else setProblem(t('members.qr.notCccd'));
    };
    frame = requestAnimationFrame(tick);
  };

  const applyPasted = () => {
    if (!pasted.trim()) return;
    if (read(pasted)) setPasted('');
    else setProblem(t('members.qr.notCccd'));
  };

  // A USB or Bluetooth scanner types the text and presses Enter: take Enter as "fill the form".
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      applyPasted();
    }
  };

  return (
    <Stack gap="xs" data-testid="qr-reader">
      <Group gap="xs">
        {scanning ? (
          <Button
            variant="light"
            color="red"
            leftSection={<IconCameraOff size={16} />}
            onClick={() => stop.current()}
            data-testid="qr-stop"
          >
            {t('members.qr.stop')}
          </Button>
        ) : (
          <Button
            variant="light"
            leftSection={<IconCamera size={16} />}
            onClick={() => void start()}
            data-testid="qr-scan"
          >
            {t('members.qr.scan')}
          </Button>
        )}
      </Group>
      {/* Always in the page (hidden when idle) so the stream can be attached as soon as it opens. */}
      <Box maw={420} display={scanning ? 'block' : 'none'}>
        <video
          ref={video}
          muted
          playsInline
          data-testid="qr-video"
          style={{ width: '100%', borderRadius: 8, background: '#000' }}
        />
        <Text size="xs" c="dimmed" mt={4}>
          {t('members.qr.aiming')}
        </Text>
      </Box>
      <Textarea
        label={t('members.qr.paste')}
        description={t('members.qr.pasteHint')}
        placeholder={t('members.qr.pastePlaceholder')}
        value={pasted}
        onChange={(event) => setPasted(event.currentTarget.value)}
        onKeyDown={onKeyDown}
        autosize
        minRows={2}
        maxRows={4}
        data-testid="qr-paste"
      />
      <Group gap="xs">
        <Button
          variant="default"
          size="xs"
          leftSection={<IconClipboardText size={16} />}
          onClick={applyPasted}
          disabled={!pasted.trim()}
          data-testid="qr-apply"
        >
          {t('members.qr.apply')}
        </Button>
      </Group>
      {problem && (
        <Alert color="orange" py={6} data-testid="qr-error">
          {problem}
        </Alert>
      )}
    </Stack>
  );
}
