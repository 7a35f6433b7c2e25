package id.canting.shared;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code of a plain HTTPS address (as GS1 Digital Link does: any phone camera opens it, no app),
 * as modules drawn into an image or an SVG path. Error correction M: a label may be scuffed. Used by
 * Batikmark labels and certificates and by event tickets.
 */
public final class QrCode {

	/** Modules of the quiet zone around the symbol, as the QR standard asks. */
	public static final int QUIET_ZONE = 4;

	private final BitMatrix modules;

	private QrCode(BitMatrix modules) {
		this.modules = modules;
	}

	public static QrCode of(String text) {
		try {
			// size 0: ZXing's smallest symbol with a margin of QUIET_ZONE modules, one pixel per module
			return new QrCode(new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, QUIET_ZONE,
							EncodeHintType.CHARACTER_SET, "UTF-8")));
		}
		catch (WriterException e) {
			throw new IllegalArgumentException("cannot encode a QR code of " + text.length() + " characters", e);
		}
	}

	/** Modules per side, quiet zone included. */
	public int size() {
		return modules.getWidth();
	}

	public boolean dark(int x, int y) {
		return modules.get(x, y);
	}

	/** Draws the symbol, dark on white, with {@code scale} pixels per module at (left, top). */
	public void draw(BufferedImage image, int left, int top, int scale) {
		int white = 0xFFFFFFFF;
		int black = 0xFF000000;
		for (int y = 0; y < size(); y++) {
			for (int x = 0; x < size(); x++) {
				int colour = dark(x, y) ? black : white;
				for (int dy = 0; dy < scale; dy++) {
					for (int dx = 0; dx < scale; dx++) {
						image.setRGB(left + x * scale + dx, top + y * scale + dy, colour);
					}
				}
			}
		}
	}

	/** A PNG of the symbol alone, {@code scale} pixels per module (for the certificate PDF). */
	public byte[] png(int scale) {
		BufferedImage image = new BufferedImage(size() * scale, size() * scale, BufferedImage.TYPE_INT_RGB);
		draw(image, 0, 0, scale);
		return png(image);
	}

	/** An SVG path of the dark modules, one unit per module, for a label drawn as SVG. */
	public String svgPath() {
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < size(); y++) {
			for (int x = 0; x < size(); x++) {
				if (dark(x, y)) {
					path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
				}
			}
		}
		return path.toString();
	}

	public static byte[] png(BufferedImage image) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
