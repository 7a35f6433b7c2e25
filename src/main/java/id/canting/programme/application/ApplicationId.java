package id.canting.programme.application;

/** The identity of an application to a programme. */
public record ApplicationId(long value) {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
