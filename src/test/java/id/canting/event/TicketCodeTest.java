package id.canting.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import id.canting.event.registration.internal.TicketCodes;

class TicketCodeTest {

	@Test
	void aCodeHasAtLeast64BitsFromAnAlphabetWithoutLookAlikes() {
		assertThat(TicketCode.ALPHABET).hasSize(32).doesNotContain("0", "O", "1", "I");
		// log2(32) = 5 bits per character
		assertThat(TicketCode.LENGTH * 5).isGreaterThanOrEqualTo(64);
	}

	@Test
	void codesDrawnAreWellFormedAndDifferent() {
		TicketCodes codes = new TicketCodes();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			TicketCode code = codes.next();
			assertThat(TicketCode.isValid(code.value())).isTrue();
			seen.add(code.value());
		}
		assertThat(seen).hasSize(10_000);
	}

	@Test
	void aTypedOrScannedCodeIsReadInItsStoredForm() {
		assertThat(TicketCode.parse("abcd-efgh-jklmn")).isEqualTo(new TicketCode("ABCDEFGHJKLMN"));
		assertThat(TicketCode.parse("  ABCD EFGH JKLMN ")).isEqualTo(new TicketCode("ABCDEFGHJKLMN"));
		assertThat(TicketCode.parse("https://canting.example.go.id/tickets/ABCDEFGHJKLMN?lang=en"))
			.isEqualTo(new TicketCode("ABCDEFGHJKLMN"));
		assertThat(new TicketCode("ABCDEFGHJKLMN").grouped()).isEqualTo("ABCD-EFGH-JKLMN");
	}

	@Test
	void somethingElseIsNoCode() {
		assertThat(TicketCode.parse("ABCDEFGHJKLM0")).isNull();
		assertThat(TicketCode.parse("ABCD")).isNull();
		assertThat(TicketCode.parse(null)).isNull();
		assertThatThrownBy(() -> new TicketCode("abcdefghjklmn")).isInstanceOf(IllegalArgumentException.class);
	}
}
