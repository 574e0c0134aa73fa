package org.maracdesk.casework.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.casework.meetings.MeetingVault.TODAY;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.security.NotPermittedException;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.maracdesk.store.StoreKind;

/** The meeting services on both stores: an encrypted vault (H2) and a database on the test PostgreSQL server. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class MeetingSetupServiceTest {
    @Parameter
    StoreKind kind;
    @TempDir
    Path dir;
    private MeetingVault vault;

    @BeforeEach
    void vault() {
        vault = new MeetingVault(kind, dir.resolve("vault"));
    }

    @AfterEach
    void lock() {
        vault.lock();
    }

    @Test
    void aRemovedRepresentativeLeavesTheAgencysListAndTheRemovalIsAudited() {
        long kept = vault.setup().addRepresentative("housing", "Rep One", "Housing officer", null, null);
        long gone = vault.setup().addRepresentative("housing", "Rep Two", null, null, null);
        long audited = vault.auditEntries();

        vault.setup().removeRepresentative(gone);

        assertEquals(List.of(new RepresentativeView(kept, "Rep One", "Housing officer")),
                vault.setup().representatives("housing"));
        assertEquals(audited + 1, vault.auditEntries());
        assertThrows(IllegalArgumentException.class, () -> vault.setup().removeRepresentative(gone),
                "removing twice says it is already gone");
    }

    @Test
    void districtsAreListedWithTheirAreasInOrder() {
        vault.setup().addDistrict("Westshire", "Upton");
        vault.setup().addDistrict("Eastshire", "Marsh End");
        vault.setup().addDistrict("Westshire", "Ashby");

        List<AreaDistrict> all = vault.setup().areaDistricts();
        int east = all.indexOf(new AreaDistrict("Eastshire", "Marsh End"));
        int ashby = all.indexOf(new AreaDistrict("Westshire", "Ashby"));
        int upton = all.indexOf(new AreaDistrict("Westshire", "Upton"));
        assertTrue(east >= 0 && east < ashby && ashby < upton, all.toString());
    }

    @Test
    void onlyCoordinatorsRemoveRepresentatives() throws Exception {
        long rep = vault.setup().addRepresentative("police", "Rep Three", null, null, null);
        vault.as("chair");
        assertThrows(NotPermittedException.class, () -> vault.setup().removeRepresentative(rep));
        assertEquals(1, vault.setup().representatives("police").size(), "the chair may read the list");
        vault.as("police");
        assertThrows(NotPermittedException.class, () -> vault.setup().representatives("police"));
        assertThrows(NotPermittedException.class, () -> vault.setup().areaDistricts());
    }

    @Test
    void aScheduledMeetingIsFoundAmongTheMeetings() {
        long id = vault.setup().schedule(new NewMeeting(TODAY.plusDays(14), "Westshire", "Civic Centre", false,
                "Chair Person", TODAY.plusDays(7), List.of()));
        assertTrue(vault.agenda().meetings(TODAY).stream().anyMatch(m -> m.id() == id));
    }
}
