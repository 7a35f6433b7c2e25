package id.canting.registry;

/** What an IKM makes: fabric (kain), clothing (pakaian), fashion accessories (aksesori) or other. */
public enum ProductCategory {
	FABRIC, CLOTHING, ACCESSORY, OTHER
}
