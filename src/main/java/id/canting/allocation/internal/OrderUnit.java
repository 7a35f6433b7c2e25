package id.canting.allocation.internal;

/** What an order's quantity counts: pieces (garments, sarongs) or metres of cloth. */
public enum OrderUnit {
	PIECE, METRE
}
