package id.canting.shared.web;

/**
 * Which characters no text field, parameter or header may hold: the C0 controls (NUL above all,
 * which PostgreSQL refuses in text), DEL and the C1 controls. Tab, line feed and carriage return
 * stay allowed in text, where a multi-line field needs them; header values also allow bytes
 * 0x80–0x9F, because the servlet container reads headers as ISO-8859-1 and UTF-8 text arrives
 * there as such bytes.
 */
final class ControlCharacters {

	/** The message key the refusal names the field with. */
	static final String RULE = "validation.control-characters";

	private ControlCharacters() {
	}

	/** True if {@code text} holds a control character other than tab, CR and LF. */
	static boolean inText(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
				return true;
			}
		}
		return false;
	}

	/** True if a header value holds a C0 control other than tab, or DEL. */
	static boolean inHeader(CharSequence value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if ((c < 0x20 && c != '\t') || c == 0x7f) {
				return true;
			}
		}
		return false;
	}

	/** A field name fit to show back: control characters replaced. */
	static String printable(String name) {
		StringBuilder out = new StringBuilder(Math.min(name.length(), 100));
		for (int i = 0; i < name.length() && i < 100; i++) {
			char c = name.charAt(i);
			out.append(Character.isISOControl(c) ? '?' : c);
		}
		return out.toString();
	}
}
