package org.maracdesk.ui.caseview;

import java.util.List;
import javafx.scene.Node;
import org.maracdesk.casework.CaseDetail;
import org.maracdesk.ui.common.Messages;

/**
 * A hub section made of rows of one kind: it reads them for the case in the background each time the case is
 * shown and lays them out again when they arrive (decision 0045).
 */
abstract class RowsSection<T> implements CaseSection {
    protected final CaseHub hub;
    protected final Messages messages;
    protected final CaseSectionViewModel<T> vm;
    protected final SectionFrame frame;

    RowsSection(CaseHub hub, String titleKey, String id) {
        this.hub = hub;
        this.messages = hub.messages();
        this.vm = hub.rows();
        this.frame = new SectionFrame(messages, titleKey, id, vm);
        vm.rows().addListener((javafx.collections.ListChangeListener<T>) c -> fill());
    }

    @Override
    public final Node node() {
        return frame.node();
    }

    @Override
    public final void show(CaseDetail detail) {
        long caseId = detail.id();
        vm.load(() -> read(caseId));
    }

    /** This section's rows for the case, read through the hub's services; runs in the background. */
    abstract List<T> read(long caseId);

    /** Lays the rows out again, on the FX thread. */
    abstract void fill();
}
