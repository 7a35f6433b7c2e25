package id.canting.certification;

/** An IKM was allowed to use a geographical indication. */
public record IgMemberAdded(Long id, String slug, long ikmId, String ikmName, String provinceCode, String by) {
}
