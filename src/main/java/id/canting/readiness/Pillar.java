package id.canting.readiness;

/**
 * The five pillars of INDI 4.0 (Permenperin 21/2020), in the order the instrument lists them. Each
 * is scored 0–4; the overall index is their weighted mean.
 */
public enum Pillar {
	MANAGEMENT_AND_ORGANISATION, PEOPLE_AND_CULTURE, PRODUCTS_AND_SERVICES, TECHNOLOGY, FACTORY_OPERATIONS
}
