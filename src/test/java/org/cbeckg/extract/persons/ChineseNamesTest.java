package org.cbeckg.extract.persons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNamesTest {

    private final ChineseNames names = ChineseNames.standard();
    private final NameFinder finder = new NameFinder(names);

    @ParameterizedTest
    @ValueSource(strings = {"高峰", "周頔", "盛秋平", "王令浚", "于佳欣", "欧阳明", "司马光", "诸葛亮明", "覃海燕", "付凌晖"})
    void plausibleNames(String name) {
        assertTrue(names.isPlausible(name), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"有关部门", "了解到", "表示", "高", "王小明明明", "G20", "李的", "张在"})
    void implausibleNames(String s) {
        assertFalse(names.isPlausible(s), s);
    }

    @ParameterizedTest
    @CsvSource({
            "商务部新闻发言人高峰表示，, 8, 高峰",
            "副署长王令浚表示, 3, 王令浚",
            "副部长盛秋平在谈及时, 3, 盛秋平",
            "发言人孟玮说：, 3, 孟玮",
            "部长王文涛和副部长, 2, 王文涛"
    })
    void aSpeakersNameEndsAtTheVerbOrPreposition(String text, int at, String expected) {
        assertEquals(Optional.of(expected), finder.speakerAt(text, at));
    }

    @Test
    void noSpeakerWithoutAClosingVerbOrPunctuation() {
        assertEquals(Optional.empty(), finder.speakerAt("发言人高峰期间", 3));
        assertEquals(Optional.empty(), finder.speakerAt("部长通道”上", 2));
    }

    @Test
    void listedNamesEndAtSeparatorsCreditsAndStaffCodes() {
        assertEquals(Optional.of("邹多为"), finder.listedAt("邹多为、于佳欣）", 0));
        assertEquals(Optional.of("张三"), finder.listedAt("张三摄）", 0));
        assertEquals(Optional.of("吴剑"), finder.listedAt("吴剑 SF031", 0));
        assertEquals(Optional.of("吴剑"), finder.listedAt("吴剑SF031", 0));
        assertEquals(Optional.empty(), finder.listedAt("通讯员 李四", 0));
    }

    @Test
    void readsAListOfNames() {
        NameList list = NameList.readAt(finder, "邹多为、于佳欣）据", 0).orElseThrow();
        assertEquals(List.of("邹多为", "于佳欣"), list.names().stream().map(NameList.Listed::name).toList());
        assertTrue(NameList.readAt(finder, "查询，发现", 0).isEmpty());
    }
}
