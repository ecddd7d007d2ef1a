"""Dialogs for Beheer: a new user, a user's roles, a temporary passphrase."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secure_store.roles import Role
from secure_store.users import InvalidUserName, check_user_name

from ..common.errors import english, error_text
from ..common.passphrase import NewPassphrase


class RoleChecks(QWidget):
    """One check box per role."""

    def __init__(self, roles: frozenset[Role] = frozenset(), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[Role, QCheckBox] = {}
        for role in Role:
            box = QCheckBox(role.label_en if english() else role.label_nl)
            box.setObjectName(f"role_{role.code}")
            box.setChecked(role in roles)
            layout.addWidget(box)
            self.boxes[role] = box

    def roles(self) -> frozenset[Role]:
        return frozenset(role for role, box in self.boxes.items() if box.isChecked())


class _Dialog(QDialog):
    """Shared frame: a form, a problem line, OK/Cancel with OK enabled only when valid."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.problem_label = QLabel()
        self.problem_label.setObjectName("dialogProblem")
        self.problem_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("dialogOk")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def problem(self) -> str:
        return ""

    def validate(self) -> None:
        problem = self.problem()
        self.ok_button.setEnabled(not problem)
        self.problem_label.setText(problem)


class AddUserDialog(_Dialog):
    """Name, display name, roles and a first (temporary) passphrase."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Gebruiker toevoegen"), parent)
        self.setObjectName("addUserDialog")
        self.ok_button.setText(self.tr("Toevoegen"))
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("userNameEdit")
        self.name_edit.setPlaceholderText(self.tr("kleine letters, bijv. jdevries"))
        self.display_edit = QLineEdit()
        self.display_edit.setObjectName("userDisplayEdit")
        self.role_checks = RoleChecks()
        self.passphrase = NewPassphrase("user")
        self.must_change = QCheckBox(
            self.tr("Moet het wachtwoord wijzigen bij de eerste keer inloggen")
        )
        self.must_change.setObjectName("mustChange")
        self.must_change.setChecked(True)
        self.form.addRow(self.tr("Gebruikersnaam"), self.name_edit)
        self.form.addRow(self.tr("Volledige naam"), self.display_edit)
        self.form.addRow(self.tr("Rollen"), self.role_checks)
        self.form.addRow(self.tr("Wachtwoord"), self.passphrase)
        self.form.addRow("", self.must_change)
        self.name_edit.textChanged.connect(self.passphrase.set_user_name)
        self.name_edit.textChanged.connect(self.validate)
        self.passphrase.changed.connect(self.validate)
        for box in self.role_checks.boxes.values():
            box.toggled.connect(self.validate)
        self.validate()

    def problem(self) -> str:
        try:
            check_user_name(self.name_edit.text())
        except InvalidUserName as exc:
            return error_text(exc)
        if not self.role_checks.roles():
            return self.tr("Kies minstens één rol.")
        return self.passphrase.problem()


class RolesDialog(_Dialog):
    """Change the roles of one user."""

    def __init__(self, name: str, roles: frozenset[Role], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Rollen van {0}").format(name), parent)
        self.setObjectName("rolesDialog")
        self.ok_button.setText(self.tr("Opslaan"))
        self.role_checks = RoleChecks(roles)
        self.form.addRow(self.tr("Rollen"), self.role_checks)
        for box in self.role_checks.boxes.values():
            box.toggled.connect(self.validate)
        self.validate()

    def problem(self) -> str:
        return "" if self.role_checks.roles() else self.tr("Kies minstens één rol.")


class ResetPassphraseDialog(_Dialog):
    """A temporary passphrase for a user who forgot theirs; they must change it at unlock."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Tijdelijk wachtwoord voor {0}").format(name), parent)
        self.setObjectName("resetDialog")
        self.ok_button.setText(self.tr("Instellen"))
        explain = QLabel(
            self.tr(
                "Geef de gebruiker dit tijdelijke wachtwoord persoonlijk door. Bij de eerste "
                "keer inloggen moet de gebruiker een eigen wachtwoord kiezen."
            )
        )
        explain.setWordWrap(True)
        self.passphrase = NewPassphrase("reset")
        self.passphrase.set_user_name(name)
        self.form.addRow(explain)
        self.form.addRow(self.tr("Wachtwoord"), self.passphrase)
        self.passphrase.changed.connect(self.validate)
        self.validate()

    def problem(self) -> str:
        return self.passphrase.problem()
