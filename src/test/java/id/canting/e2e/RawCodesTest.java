package id.canting.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The checker that {@link RawCodeBrowserTest} runs over every page: it must be able to fail. */
class RawCodesTest {

	static final RawCodes codes = RawCodes.ofCanting();

	@Test
	void findsTheConstantsOfCantingsEnums() {
		assertThat(codes.knows("OWNER_ID")).isTrue();
		assertThat(codes.knows("TRADEMARK_PROOF")).isTrue();
		assertThat(codes.knows("IKM_OWNER")).isTrue();
	}

	@Test
	void flagsRawCodesInPageText() {
		String page = "Dokumen: OWNER_ID (ktp.pdf), TRADEMARK_PROOF\nPeran IKM_OWNER, dan lagi OWNER_ID";
		assertThat(codes.in(page)).containsExactly("OWNER_ID", "TRADEMARK_PROOF", "IKM_OWNER");
	}

	@Test
	void passesLabelsAndTheWordsOfTheDomain() {
		String page = "Dokumen: KTP pemilik, Bukti merek. 120 IKM dengan NIB, unduh CSV atau XLSX, 6 Desember 2026 03:18 WIB, DKI Jakarta";
		assertThat(codes.in(page)).isEmpty();
	}

	@Test
	void flagsIsoDaysButNotWrittenOnes() {
		assertThat(codes.in("Berlaku sampai 2027-01-31, diterima 6 Desember 2026 03:18 WIB")).containsExactly("2027-01-31");
		assertThat(codes.in("nomor 12024-01-311 atau 2024-01")).isEmpty();
	}

	@Test
	void aCodeInsideALongerWordIsNotACode() {
		assertThat(codes.in("owner_id OWNER_IDS XOWNER_ID")).isEmpty();
		assertThat(codes.in("(OWNER_ID)")).isEqualTo(List.of("OWNER_ID"));
	}
}
