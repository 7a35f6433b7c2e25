package id.canting.certification.batikmark.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.registry.Technique;
import id.canting.shared.Actor;

/**
 * The certificate PDF and the label carry a QR that decodes back to exactly
 * {@code {public-base-url}/v/{number}?c={code}}; the label has the technique's colour.
 */
@CantingTest
@Transactional
class CertificateDocumentsTest {

	@Autowired
	CertificateDocuments documents;

	@Autowired
	VerifyFixtures fixtures;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Value("${canting.public-base-url}")
	String baseUrl;

	@Test
	void theLabelsQrDecodesToTheVerificationAddress() throws Exception {
		Certificate c = fixtures.active("Label Uji", Technique.TULIS);
		String url = baseUrl + "/v/" + c.number() + "?c=" + c.verificationCode();
		assertThat(documents.verificationUrl(c)).isEqualTo(url);
		byte[] png = mvc.perform(get("/api/v1/certificates/{n}/label.png", c.number()).with(logins.as("owner")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn().getResponse().getContentAsByteArray();
		BufferedImage label = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(decode(label)).isEqualTo(url);
		// the border is gold for batik tulis, on a black card
		assertThat(label.getRGB(15, 400) & 0xFFFFFF).isEqualTo(0xD4AF37);
		assertThat(label.getRGB(2, 2) & 0xFFFFFF).isZero();
	}

	@Test
	void theSvgLabelHasTheColourTheNumberAndTheQr() {
		Certificate c = fixtures.active("Svg Uji", Technique.KOMBINASI);
		String svg = documents.labelSvg(VerifyFixtures.ASSESSOR, c.number());
		assertThat(svg).startsWith("<?xml").contains("<svg").contains("#C0C0C0").contains(c.number())
			.contains("batik INDONESIA").contains("<path");
	}

	@Test
	void theCertificatePdfShowsTheCertificateAndItsQrDecodesToTheAddress() throws Exception {
		Certificate c = fixtures.active("Pdf Uji", Technique.CAP);
		byte[] pdf = documents.pdf(VerifyFixtures.ASSESSOR, c.number(), Locale.ENGLISH);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Batikmark Certificate").contains(c.number()).contains("Pdf Uji")
				.contains("SNI 8303:2016");
			BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
			assertThat(decode(page)).isEqualTo(documents.verificationUrl(c));
		}
	}

	@Test
	void onlyTheOwnerTheProvincesOfficersAssessorsAndAdminsMayDownload() {
		Certificate c = fixtures.active("Hak Uji", Technique.CAP);
		assertThat(CertificateDocuments.mayDownload(new Actor("owner", id.canting.shared.Role.IKM_OWNER, null,
				java.util.Set.of(c.ikmId())), c)).isTrue();
		assertThat(CertificateDocuments.mayDownload(new Actor("x", id.canting.shared.Role.IKM_OWNER, null,
				java.util.Set.of(c.ikmId() + 1)), c)).isFalse();
		assertThat(CertificateDocuments.mayDownload(new Actor("o", id.canting.shared.Role.OFFICER, c.provinceCode(),
				java.util.Set.of()), c)).isTrue();
		assertThat(CertificateDocuments.mayDownload(new Actor("o", id.canting.shared.Role.OFFICER, "11",
				java.util.Set.of()), c)).isFalse();
		assertThat(CertificateDocuments.mayDownload(new Actor("b", id.canting.shared.Role.BUYER, null,
				java.util.Set.of()), c)).isFalse();
		assertThat(CertificateDocuments.mayDownload(Actor.ANONYMOUS, c)).isFalse();
	}

	static String decode(BufferedImage image) throws Exception {
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
		return new QRCodeReader().decode(bitmap).getText();
	}
}
