"""Keys, presenter-clicker keys and clicks become the design's semantic actions."""

from __future__ import annotations

import pygame
import pytest

from game.ui.actions import Act, Action, Mode, Target, translate


def key(k: int, mod: int = 0, scancode: int = 0) -> pygame.event.Event:
    return pygame.event.Event(pygame.KEYDOWN, key=k, mod=mod, scancode=scancode, unicode="")


def kinds(event: pygame.event.Event, mode: Mode = Mode.GENERAL) -> list[Act]:
    return [a.kind for a in translate(event, mode)]


@pytest.mark.parametrize(
    "k", [pygame.K_SPACE, pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_RIGHT, pygame.K_PAGEDOWN]
)
def test_space_enter_right_and_page_down_mean_next(k: int) -> None:
    assert kinds(key(k)) == [Act.NEXT]


@pytest.mark.parametrize("k", [pygame.K_LEFT, pygame.K_PAGEUP])
def test_left_and_page_up_mean_previous(k: int) -> None:
    assert kinds(key(k)) == [Act.PREVIOUS]


@pytest.mark.parametrize(
    "k,act",
    [
        (pygame.K_p, Act.PAUSE),
        (pygame.K_b, Act.BLACK),
        (pygame.K_PERIOD, Act.BLACK),
        (pygame.K_F11, Act.FULLSCREEN),
        (pygame.K_F5, Act.FULLSCREEN),
        (pygame.K_h, Act.HELP),
        (pygame.K_F1, Act.HELP),
        (pygame.K_BACKSPACE, Act.UNDO),
        (pygame.K_TAB, Act.ADJUST),
        (pygame.K_PLUS, Act.PLUS),
        (pygame.K_KP_PLUS, Act.PLUS),
        (pygame.K_MINUS, Act.MINUS),
        (pygame.K_KP_MINUS, Act.MINUS),
        (pygame.K_s, Act.SKIP),
        (pygame.K_e, Act.END),
        (pygame.K_m, Act.MUTE),
        (pygame.K_ESCAPE, Act.BACK),
    ],
)
def test_each_control_of_the_design_has_its_action(k: int, act: Act) -> None:
    assert kinds(key(k)) == [act]


def test_ctrl_z_undoes_everywhere_even_while_typing() -> None:
    for mode in Mode:
        assert kinds(key(pygame.K_z, pygame.KMOD_LCTRL), mode) == [Act.UNDO]


def test_a_presenter_clicker_works_page_keys_f5_escape_and_period() -> None:
    clicker = [pygame.K_PAGEDOWN, pygame.K_PAGEUP, pygame.K_F5, pygame.K_ESCAPE, pygame.K_PERIOD]
    assert [kinds(key(k))[0] for k in clicker] == [
        Act.NEXT,
        Act.PREVIOUS,
        Act.FULLSCREEN,
        Act.BACK,
        Act.BLACK,
    ]


def test_a_clicker_period_still_blacks_the_screen_on_an_azerty_layout() -> None:
    assert kinds(key(pygame.K_COLON, scancode=pygame.KSCAN_PERIOD)) == [Act.BLACK]


def test_letters_and_digits_answer_while_a_question_waits() -> None:
    assert translate(key(pygame.K_a), Mode.CHOICE) == [Action(Act.ANSWER, "A")]
    assert translate(key(pygame.K_2), Mode.CHOICE) == [Action(Act.ANSWER, "B")]
    assert translate(key(pygame.K_3), Mode.CHOICE) == [Action(Act.ANSWER, "C")]
    assert translate(key(pygame.K_d), Mode.CHOICE) == [Action(Act.ANSWER, "D")]
    assert translate(key(pygame.K_0), Mode.CHOICE) == [Action(Act.NO_ANSWER)]


@pytest.mark.parametrize("mode", [Mode.GENERAL, Mode.CHOICE, Mode.NUMBER, Mode.REVEAL, Mode.PAGES])
def test_a_clicker_sending_b_blacks_the_screen_and_never_answers_b(mode: Mode) -> None:
    assert kinds(key(pygame.K_b), mode) == [Act.BLACK]


@pytest.mark.parametrize("mode", [Mode.GENERAL, Mode.CHOICE, Mode.REVEAL, Mode.PAGES])
def test_a_clicker_sending_a_point_blacks_the_screen(mode: Mode) -> None:
    assert kinds(key(pygame.K_PERIOD, scancode=pygame.KSCAN_PERIOD), mode) == [Act.BLACK]


def test_the_point_typed_on_an_azerty_keyboard_blacks_the_screen_too() -> None:
    shifted_semicolon = key(pygame.K_SEMICOLON, pygame.KMOD_LSHIFT, pygame.KSCAN_COMMA)
    assert kinds(shifted_semicolon, Mode.CHOICE) == [Act.BLACK]


def test_an_estimate_takes_its_decimals_from_the_comma_or_any_point() -> None:
    # Typing « 12.5 » (QWERTY) or « 12,5 » (AZERTY) gives 12,5: the point is no black screen
    # while a number is typed; B still is.
    shifted_semicolon = key(pygame.K_SEMICOLON, pygame.KMOD_LSHIFT, pygame.KSCAN_COMMA)
    for typed in (
        key(pygame.K_COMMA),
        key(pygame.K_KP_PERIOD),
        key(pygame.K_PERIOD),
        key(pygame.K_PERIOD, scancode=pygame.KSCAN_PERIOD),
        shifted_semicolon,
    ):
        assert translate(typed, Mode.NUMBER) == [Action(Act.TEXT, ",")]


def test_b_and_the_point_are_typed_in_a_name_or_a_note() -> None:
    assert kinds(key(pygame.K_b), Mode.TEXT) == []
    assert kinds(key(pygame.K_PERIOD, scancode=pygame.KSCAN_PERIOD), Mode.TEXT) == []
    typed = pygame.event.Event(pygame.TEXTINPUT, text="b.")
    assert translate(typed, Mode.TEXT) == [Action(Act.TEXT, "b.")]


def test_digits_of_the_azerty_top_row_count_without_shift() -> None:
    ampersand = key(pygame.K_AMPERSAND, scancode=pygame.KSCAN_1)
    assert translate(ampersand, Mode.GENERAL) == [Action(Act.CHOOSE, 1)]
    assert translate(ampersand, Mode.NUMBER) == [Action(Act.TEXT, "1")]


def test_keys_1_to_5_choose_a_sector_on_the_board() -> None:
    assert [translate(key(getattr(pygame, f"K_{d}")))[0] for d in range(1, 6)] == [
        Action(Act.CHOOSE, d) for d in range(1, 6)
    ]


def test_an_estimate_is_typed_with_digits_comma_and_minus() -> None:
    typed = [
        translate(key(k), Mode.NUMBER)[0].value
        for k in (pygame.K_MINUS, pygame.K_1, pygame.K_COMMA, pygame.K_KP5)
    ]
    assert typed == ["-", "1", ",", "5"]
    assert kinds(key(pygame.K_BACKSPACE), Mode.NUMBER) == [Act.DELETE]


def test_typed_text_keeps_its_accents_and_letters_do_not_trigger_controls() -> None:
    event = pygame.event.Event(pygame.TEXTINPUT, text="Élève œuvre")
    assert translate(event, Mode.TEXT) == [Action(Act.TEXT, "Élève œuvre")]
    assert kinds(key(pygame.K_p), Mode.TEXT) == []
    assert kinds(key(pygame.K_BACKSPACE), Mode.TEXT) == [Act.DELETE]
    assert kinds(key(pygame.K_v, pygame.KMOD_CTRL), Mode.TEXT) == [Act.PASTE]
    assert translate(event, Mode.GENERAL) == []


def test_the_score_adjustment_reads_plus_and_minus_as_points_not_as_text() -> None:
    assert kinds(key(pygame.K_KP_PLUS), Mode.ADJUST) == [Act.PLUS]
    assert kinds(key(pygame.K_TAB), Mode.ADJUST) == [Act.ADJUST]
    typed = pygame.event.Event(pygame.TEXTINPUT, text="+")
    assert translate(typed, Mode.ADJUST) == []


def test_d_on_the_reveal_opens_pour_aller_plus_loin() -> None:
    assert kinds(key(pygame.K_d), Mode.REVEAL) == [Act.FURTHER]


def test_a_click_means_the_action_of_the_button_under_the_pointer() -> None:
    targets = [
        Target(pygame.Rect(0, 0, 100, 50), Action(Act.NEXT)),
        Target(pygame.Rect(200, 0, 100, 50), Action(Act.SKIP), enabled=False),
    ]
    click = pygame.event.Event(pygame.MOUSEBUTTONDOWN, button=1, pos=(10, 10))
    assert translate(click, Mode.GENERAL, targets) == [Action(Act.NEXT)]
    disabled = pygame.event.Event(pygame.MOUSEBUTTONDOWN, button=1, pos=(210, 10))
    assert translate(disabled, Mode.GENERAL, targets) == []


def test_the_window_close_button_means_quit() -> None:
    assert kinds(pygame.event.Event(pygame.QUIT)) == [Act.QUIT]


def test_a_dialog_answers_with_enter_space_or_next_and_moves_the_focus_otherwise() -> None:
    for k in (pygame.K_RETURN, pygame.K_SPACE, pygame.K_PAGEDOWN):
        assert kinds(key(k), Mode.DIALOG) == [Act.CONFIRM]
    for k in (pygame.K_LEFT, pygame.K_RIGHT, pygame.K_TAB, pygame.K_PAGEUP):
        assert kinds(key(k), Mode.DIALOG) == [Act.FOCUS_NEXT]
    assert kinds(key(pygame.K_ESCAPE), Mode.DIALOG) == [Act.BACK]


def test_in_a_form_enter_confirms_the_clicker_moves_and_the_arrows_change_the_value() -> None:
    assert kinds(key(pygame.K_RETURN), Mode.TEXT) == [Act.CONFIRM]
    assert kinds(key(pygame.K_PAGEDOWN), Mode.TEXT) == [Act.NEXT]
    assert kinds(key(pygame.K_PAGEUP), Mode.TEXT) == [Act.PREVIOUS]
    assert translate(key(pygame.K_RIGHT), Mode.TEXT) == [Action(Act.CHANGE, 1)]
    assert translate(key(pygame.K_LEFT), Mode.TEXT) == [Action(Act.CHANGE, -1)]
    assert kinds(key(pygame.K_TAB), Mode.TEXT) == [Act.FOCUS_NEXT]
    assert kinds(key(pygame.K_TAB, pygame.KMOD_LSHIFT), Mode.TEXT) == [Act.UP]
