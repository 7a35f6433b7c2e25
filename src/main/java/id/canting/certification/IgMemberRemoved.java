package id.canting.certification;

/** An IKM may no longer use a geographical indication. */
public record IgMemberRemoved(Long id, String slug, long ikmId, String provinceCode, String by) {
}
