"""Asthma self-management desktop app: action plan, peak-flow diary and zone advice."""

__version__ = "0.1.0"
APP_NAME = "asthma-app"
APP_DISPLAY_NAME = "Asthma Plan & Diary"
