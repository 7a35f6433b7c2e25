package id.canting.event.registration.internal;

import java.security.SecureRandom;

import org.springframework.stereotype.Component;

import id.canting.event.TicketCode;

/** Draws new ticket codes from a {@link SecureRandom}: 13 letters of 32, 65 bits, nobody can guess one. */
@Component
public class TicketCodes {

	private final SecureRandom random = new SecureRandom();

	public TicketCode next() {
		char[] code = new char[TicketCode.LENGTH];
		for (int i = 0; i < code.length; i++) {
			code[i] = TicketCode.ALPHABET.charAt(random.nextInt(TicketCode.ALPHABET.length()));
		}
		return new TicketCode(new String(code));
	}
}
