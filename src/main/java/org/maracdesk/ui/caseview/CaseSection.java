package org.maracdesk.ui.caseview;

import javafx.scene.Node;
import org.maracdesk.casework.CaseDetail;

/**
 * One section of the case hub (decision 0045): a Node with its own small view-model. The case screen builds
 * each registered section once, puts its node in the column, and calls {@link #show} on the FX thread each
 * time the case is (re)loaded; the section reads its own rows in the background, never on the FX thread.
 */
public interface CaseSection {
    /** The section's node: a title (with its own mnemonic where it has a control to go to) and its rows. */
    Node node();

    /** The case was loaded or loaded again; read this section's rows for it. */
    void show(CaseDetail detail);
}
