package id.canting.registry;

/**
 * Size class of an IKM per Permenperin 64/2016: <em>kecil</em> with at most 19 workers and an
 * investment below Rp1 billion (excluding land and buildings); <em>menengah</em> otherwise. Always
 * derived from workers and investment, never typed in.
 */
public enum SizeClass {
	KECIL, MENENGAH;

	/** At most this many workers for a small industry. */
	public static final int SMALL_MAX_WORKERS = 19;
	/** Investment (IDR, excluding land and buildings) from which an industry is no longer small. */
	public static final long SMALL_INVESTMENT_LIMIT_IDR = 1_000_000_000L;
	/** Above this investment, an industry with 20 or more workers is large industry, not IKM. */
	public static final long MEDIUM_INVESTMENT_LIMIT_IDR = 15_000_000_000L;

	public static SizeClass of(int workers, long investmentIdr) {
		return workers <= SMALL_MAX_WORKERS && investmentIdr < SMALL_INVESTMENT_LIMIT_IDR ? KECIL : MENENGAH;
	}

	/** True when the figures describe a large industry, which the IKM registry does not take. */
	public static boolean isLargeIndustry(int workers, long investmentIdr) {
		return workers > SMALL_MAX_WORKERS && investmentIdr > MEDIUM_INVESTMENT_LIMIT_IDR;
	}
}
