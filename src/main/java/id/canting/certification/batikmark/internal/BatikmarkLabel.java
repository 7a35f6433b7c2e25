package id.canting.certification.batikmark.internal;

import id.canting.shared.QrCode;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

import org.springframework.web.util.HtmlUtils;


/**
 * The printable Batikmark label: a black card with a border and lettering in the label's colour (gold
 * for tulis, silver for kombinasi, white for cap), the mark's name, the certificate number and the
 * verification QR on a white square. The same layout as a PNG (600 x 800 pixels, 300 dpi at 5 x 6.8
 * cm) and as an SVG for print shops.
 */
public final class BatikmarkLabel {

	static final int WIDTH = 600;
	static final int HEIGHT = 800;
	private static final int QR_BOX = 420;
	private static final int QR_TOP = 230;

	private BatikmarkLabel() {
	}

	/** The label colour as printed: an RGB hex value. */
	static String hex(LabelColour colour) {
		return switch (colour) {
			case GOLD -> "#D4AF37";
			case SILVER -> "#C0C0C0";
			case WHITE -> "#FFFFFF";
		};
	}

	public static byte[] png(LabelColour colour, String mark, String number, String url) {
		QrCode qr = QrCode.of(url);
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setColor(Color.BLACK);
			g.fillRect(0, 0, WIDTH, HEIGHT);
			Color ink = Color.decode(hex(colour));
			g.setColor(ink);
			g.setStroke(new BasicStroke(10));
			g.drawRoundRect(15, 15, WIDTH - 30, HEIGHT - 30, 40, 40);
			centred(g, mark, new Font(Font.SANS_SERIF, Font.BOLD, 58), 130);
			centred(g, number, new Font(Font.MONOSPACED, Font.BOLD, 44), 720);
			int scale = QR_BOX / qr.size();
			int side = qr.size() * scale;
			int left = (WIDTH - side) / 2;
			g.setColor(Color.WHITE);
			g.fillRect(left, QR_TOP, side, side);
			qr.draw(image, left, QR_TOP, scale);
		}
		finally {
			g.dispose();
		}
		return QrCode.png(image);
	}

	public static String svg(LabelColour colour, String mark, String number, String url) {
		QrCode qr = QrCode.of(url);
		double scale = (double) QR_BOX / qr.size();
		double left = (WIDTH - QR_BOX) / 2.0;
		String ink = hex(colour);
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<svg xmlns="http://www.w3.org/2000/svg" width="50mm" height="66.67mm" viewBox="0 0 %d %d">
				  <rect width="%d" height="%d" fill="#000000"/>
				  <rect x="15" y="15" width="%d" height="%d" rx="20" fill="none" stroke="%s" stroke-width="10"/>
				  <text x="%d" y="130" fill="%s" font-family="sans-serif" font-weight="bold" font-size="58" text-anchor="middle">%s</text>
				  <rect x="%s" y="%d" width="%d" height="%d" fill="#FFFFFF"/>
				  <path transform="translate(%s %d) scale(%s)" fill="#000000" shape-rendering="crispEdges" d="%s"/>
				  <text x="%d" y="720" fill="%s" font-family="monospace" font-weight="bold" font-size="44" text-anchor="middle">%s</text>
				</svg>
				""".formatted(WIDTH, HEIGHT, WIDTH, HEIGHT, WIDTH - 30, HEIGHT - 30, ink, WIDTH / 2, ink,
				HtmlUtils.htmlEscape(mark), num(left), QR_TOP, QR_BOX, QR_BOX, num(left), QR_TOP, num(scale), qr.svgPath(),
				WIDTH / 2, ink, HtmlUtils.htmlEscape(number));
	}

	private static String num(double value) {
		return String.format(java.util.Locale.ROOT, "%.4f", value);
	}

	private static void centred(Graphics2D g, String text, Font font, int baseline) {
		g.setFont(font);
		int width = g.getFontMetrics().stringWidth(text);
		g.drawString(text, (WIDTH - width) / 2, baseline);
	}
}
