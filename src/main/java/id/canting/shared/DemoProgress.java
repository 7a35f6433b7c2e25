package id.canting.shared;

import org.slf4j.Logger;

/**
 * Logs how far a demo data loader got, with the time since it began, so that the first start shows a
 * line every few seconds instead of minutes of silence. A loader says each finished stage; a long
 * stage also says each finished batch.
 */
public final class DemoProgress {

	private final Logger log;
	private final String what;
	private final long started = System.nanoTime();

	/** @param what the loader's subject, the start of each line ("Demo registry") */
	public DemoProgress(Logger log, String what) {
		this.log = log;
		this.what = what;
	}

	/**
	 * A stage, or a batch of a long stage, is done: logged at INFO as "{what}: {message} ({elapsed} ms)",
	 * the message an SLF4J pattern with its arguments.
	 */
	public void done(String message, Object... arguments) {
		if (log.isInfoEnabled()) {
			Object[] all = new Object[arguments.length + 2];
			all[0] = what;
			System.arraycopy(arguments, 0, all, 1, arguments.length);
			all[all.length - 1] = elapsedMillis();
			log.info("{}: " + message + " ({} ms)", all);
		}
	}

	/** Milliseconds since the loader began. */
	public long elapsedMillis() {
		return (System.nanoTime() - started) / 1_000_000;
	}
}
