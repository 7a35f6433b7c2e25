package id.canting.matching;

/** The kind of buyer, as HBN's business matching invites them; organisers set rules per type. */
public enum BuyerType {
	RETAILER, EXPORTER, HOTEL, TRAVEL, HAJJ_UNIFORM, GOVERNMENT, OTHER
}
