"""The hello-world app the cold-start and memory benchmarks compare against: a title and one button."""

import streamlit as st

st.title("Hello", anchor=False)
st.button("Start", key="start")
