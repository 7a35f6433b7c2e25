package id.canting.certification.batikmark.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The start-up warning about the address in the QR codes: outside demo mode, when unset or local. */
@ExtendWith(OutputCaptureExtension.class)
class PublicBaseUrlCheckTest {

	@Test
	void warnsAtStartWhenTheAddressIsUnsetOrLocalOutsideDemoMode(CapturedOutput output) {
		new PublicBaseUrlCheck("http://localhost:8080", false).warnWhenUnset();
		assertThat(output).contains("WARN").contains("CANTING_PUBLIC_BASE_URL").contains("http://localhost:8080");
		assertThat(new PublicBaseUrlCheck("", false).warning()).isPresent();
		assertThat(new PublicBaseUrlCheck("http://127.0.0.1:8080", false).warning()).isPresent();
		assertThat(new PublicBaseUrlCheck("not a url", false).warning()).isPresent();
	}

	@Test
	void saysNothingForAPublicAddressOrInDemoMode(CapturedOutput output) {
		new PublicBaseUrlCheck("https://canting.kemenperin.go.id", false).warnWhenUnset();
		new PublicBaseUrlCheck("http://localhost:8080", true).warnWhenUnset();
		assertThat(output).doesNotContain("CANTING_PUBLIC_BASE_URL");
	}
}
