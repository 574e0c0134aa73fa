package org.maracdesk.casework;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.annotations.SecondaryRow;
import org.maracdesk.casework.matching.BlockingKeys;
import org.maracdesk.casework.matching.NameKeys;

/** A victim, perpetrator, child or other person named in a case. */
@Entity
@Table(name = "person")
@SecondaryTable(name = Person.CONTACT_TABLE, pkJoinColumns = @PrimaryKeyJoinColumn(name = "person_id"))
@SecondaryRow(table = Person.CONTACT_TABLE, optional = true)
public class Person {
    /**
     * The address and contact details, in their own table (V27) so that a shared server's row-level
     * security can hide them from accounts the {@link SafeContactRule} does not let see them (decision 0031);
     * there they read as empty. No row when all of them are empty.
     */
    static final String CONTACT_TABLE = "person_contact";
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
    private Long id;

    @Column(name = "given_name", nullable = false)
    private String givenName;
    @Column(name = "family_name", nullable = false)
    private String familyName;
    private String aliases;
    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;
    private String gender;
    @Column(name = "address_line1", table = CONTACT_TABLE)
    private String addressLine1;
    @Column(table = CONTACT_TABLE)
    private String town;
    @Column(table = CONTACT_TABLE)
    private String postcode;
    private String district;
    private String ethnicity;
    private boolean disabled;
    private boolean lgbt;
    @Column(name = "first_language")
    private String firstLanguage;
    @Column(name = "interpreter_needed")
    private boolean interpreterNeeded;
    @Embedded
    @AttributeOverride(name = "phone", column = @Column(name = "phone", length = 40, table = CONTACT_TABLE))
    @AttributeOverride(name = "email", column = @Column(name = "email", length = 254, table = CONTACT_TABLE))
    @AttributeOverride(name = "safeToCall", column = @Column(name = "safe_to_call", table = CONTACT_TABLE))
    @AttributeOverride(name = "safeTimes", column = @Column(name = "safe_times", length = 200, table = CONTACT_TABLE))
    @AttributeOverride(name = "safeContact", column = @Column(name = "safe_contact", length = 400,
            table = CONTACT_TABLE))
    private ContactDetails contact;
    /** Phonetic keys of the family name and aliases, for finding this person by name. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "person_name_key", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "name_key", nullable = false, length = 16)
    private Set<String> nameKeys = new LinkedHashSet<>();
    /** Keys of name, date of birth and postcode that matching finds this person by ({@link BlockingKeys}). */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "person_blocking_key", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "block_key", nullable = false, length = 40)
    private Set<String> blockingKeys = new LinkedHashSet<>();
    @Column(name = "name_key_version")
    private Integer nameKeyVersion;
    @Version
    private int version;

    protected Person() {
    }

    public Person(String givenName, String familyName, LocalDate dateOfBirth, String gender) {
        this.givenName = givenName;
        this.familyName = familyName;
        this.dateOfBirth = dateOfBirth;
        this.gender = gender;
        computeNameKeys();
    }

    public void setAddress(String line1, String town, String postcode, String district) {
        this.addressLine1 = line1;
        this.town = town;
        this.postcode = postcode;
        this.district = district;
        computeNameKeys();
    }

    public void setDiversity(String ethnicity, boolean disabled, boolean lgbt, String firstLanguage,
                             boolean interpreterNeeded) {
        this.ethnicity = ethnicity;
        this.disabled = disabled;
        this.lgbt = lgbt;
        this.firstLanguage = firstLanguage;
        this.interpreterNeeded = interpreterNeeded;
    }

    /** Takes the diversity values that are given (not null); the others are kept. */
    public void updateDiversity(String ethnicity, Boolean disabled, Boolean lgbt, String firstLanguage,
                                Boolean interpreterNeeded) {
        this.ethnicity = ethnicity != null ? ethnicity : this.ethnicity;
        this.disabled = disabled != null ? disabled : this.disabled;
        this.lgbt = lgbt != null ? lgbt : this.lgbt;
        this.firstLanguage = firstLanguage != null ? firstLanguage : this.firstLanguage;
        this.interpreterNeeded = interpreterNeeded != null ? interpreterNeeded : this.interpreterNeeded;
    }

    /** A correction of who the person is (names, date of birth, gender): the matching keys follow. */
    public void correctIdentity(String givenName, String familyName, LocalDate dateOfBirth, String gender) {
        this.givenName = givenName;
        this.familyName = familyName;
        this.dateOfBirth = dateOfBirth;
        this.gender = gender;
        computeNameKeys();
    }

    public String getAddressLine1() {
        return addressLine1;
    }

    public String getTown() {
        return town;
    }

    public int getVersion() {
        return version;
    }

    public void setAliases(String aliases) {
        this.aliases = aliases;
        computeNameKeys();
    }

    public void setContact(ContactDetails contact) {
        this.contact = contact;
    }

    /** Takes every contact value {@code newer} gives; values it leaves out are kept. */
    public void updateContact(ContactDetails newer) {
        this.contact = contact == null ? newer : contact.updatedWith(newer);
    }

    /**
     * Recomputes the name and blocking keys from the names, date of birth and postcode (also used to
     * index people stored before the keys existed).
     */
    public void refreshNameKeys() {
        computeNameKeys();
    }

    private void computeNameKeys() {
        replace(nameKeys, NameKeys.of(familyName, aliases));
        replace(blockingKeys, BlockingKeys.ofPerson(givenName, familyName, aliases, dateOfBirth, postcode));
        nameKeyVersion = NameKeys.VERSION;
    }

    /** Changes the stored set only when the keys differ, so an unchanged person is not written. */
    private static void replace(Set<String> stored, Set<String> keys) {
        if (!keys.equals(stored)) {
            stored.clear();
            stored.addAll(keys);
        }
    }

    public Long getId() {
        return id;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public String getAliases() {
        return aliases;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public ContactDetails getContact() {
        return contact;
    }

    public String getGender() {
        return gender;
    }

    public String getPostcode() {
        return postcode;
    }

    public String getDistrict() {
        return district;
    }

    public String fullName() {
        return givenName + " " + familyName;
    }
}
