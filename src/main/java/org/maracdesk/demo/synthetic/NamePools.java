package org.maracdesk.demo.synthetic;

import java.util.Map;
import org.maracdesk.casework.Gender;

/**
 * Pools of common given names and surnames found in the UK, grouped by naming tradition. People are random
 * combinations, so no generated person is modelled on a real individual.
 */
final class NamePools {

    enum Group {
        WHITE_BRITISH(
            names("Amy Emma Sarah Laura Rebecca Gemma Hannah Jessica Charlotte Lauren Sophie Chloe Katie Rachel Nicola "
                + "Kelly Lisa Claire Joanne Michelle Donna Stacey Danielle Natalie Samantha Victoria Jennifer Louise "
                + "Leanne Zoe Megan Bethany Abigail Holly Jade Kirsty Hayley Catherine Elizabeth Helen Karen Susan Julie "
                + "Tracey Amanda Deborah Alison Paula Dawn Sharon Margaret Patricia Carol Ellie Olivia Lucy Georgia Molly "
                + "Grace Shannon Courtney Kayleigh Toni Carly Amber Jodie Katherine Nicole Rosie Stephanie Vicky"),
            names("James John Robert Michael David Paul Mark Andrew Steven Stephen Richard Christopher Daniel Matthew "
                + "Thomas Jonathan Lee Craig Darren Wayne Dean Scott Jamie Ryan Liam Connor Jordan Kyle Callum Jack "
                + "Joshua Luke Ben Adam Gary Kevin Anthony Shaun Carl Neil Ian Simon Martin Peter Keith Stuart Jason "
                + "Nathan Aaron Ashley Bradley Reece Tyler Kieran Lewis Harry George Alfie Charlie Oliver Sam Tom Gavin"),
            names("Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker White "
                + "Roberts Green Hall Wood Jackson Clarke Harris Edwards Turner Martin Cooper Hill Ward Hughes Moore Clark "
                + "King Harrison Lewis Baker Allen Morris Mitchell Parker Bennett Shaw Cook Carter Barker Marsh Fletcher "
                + "Dixon Holmes Pearson Hudson Webb Lawrence Atkinson Chapman Rowe Sutton Fisher Gibson Ellis Bailey "
                + "Palmer Barnes Price Russell Knight Stevens Pickering Rowley Whitfield Ashworth Hargreaves Brookes "
                + "Metcalfe Ridley Tennant Horsfall Bramley Thornton Greenwood Butterworth Kershaw")),
        IRISH(
            names("Siobhán Aoife Niamh Ciara Sinéad Bridget Mary Róisín Orla Caitlin Kathleen Eileen Maeve Shauna"),
            names("Seán Patrick Declan Cian Ciarán Pádraig Eoin Conor Kieran Liam Niall Fergal Michael Brendan Martin"),
            names("Murphy O'Brien Kelly Byrne Ryan O'Sullivan Walsh McCarthy Doyle Gallagher O'Connor Brennan Quinn "
                + "Fitzgerald Nolan Donovan Connors McDonagh Maughan Doherty")),
        EASTERN_EUROPEAN(
            names("Anna Katarzyna Agnieszka Małgorzata Joanna Magdalena Monika Aleksandra Natalia Paulina Justyna Ewa "
                + "Ioana Elena Andreea Maria Alina Gabriela Ieva Rūta Kristina Daiva Svetlana Olena Nadia Desislava Petya"),
            names("Piotr Tomasz Łukasz Krzysztof Paweł Marcin Michał Jakub Mateusz Adrian Andrei Ion Mihai Alexandru "
                + "Florin Marius Darius Tomas Mindaugas Jonas Dmitri Oleksandr Viktor Georgi Nikolay"),
            names("Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak "
                + "Dąbrowski Mazur Krawczyk Popescu Ionescu Popa Dumitru Stan Stoica Gheorghe Ivanov Petrov Georgiev "
                + "Dimitrov Kovalenko Shevchenko")),
        PAKISTANI(
            names("Aisha Fatima Ayesha Zainab Sana Amina Maryam Nadia Saima Shazia Rubina Nazia Hina Samina Bushra Iqra "
                + "Mehwish Sadia Aleena"),
            names("Mohammed Muhammad Imran Asif Tariq Kamran Zubair Adeel Faisal Usman Bilal Shahid Naveed Waqas Ali "
                + "Hamza Zahid Irfan"),
            names("Khan Hussain Ahmed Ali Shah Iqbal Akhtar Mahmood Butt Rashid Malik Aslam Qureshi Anwar Riaz Sadiq "
                + "Javed Nawaz Bashir")),
        INDIAN(
            names("Priya Anjali Sunita Kiran Manpreet Harpreet Jaspreet Navdeep Pooja Neha Rupinder Sukhdeep Meera "
                + "Deepa Kavita Reena Simran Amandeep"),
            names("Rajesh Sanjay Amit Vikram Gurpreet Harjit Jaswinder Kuldip Sandeep Arjun Rohan Ravi Deepak Manjit "
                + "Sukhvinder Balwinder Anil Nikhil"),
            names("Patel Sharma Singh Gill Sandhu Sidhu Dhillon Grewal Mistry Parmar Chauhan Joshi Mehta Kumar Bains "
                + "Johal Atwal Rai Lal Kang")),
        BANGLADESHI(
            names("Nasreen Shamima Rehana Taslima Fahmida Sultana Nazma Ruksana Hasina Shapla Jesmin Rumana Farzana"),
            names("Abdul Mohammed Shahid Jamal Anwar Rashid Sohel Kamal Mizanur Habibur Rahim Shafiq Delwar"),
            names("Miah Ahmed Rahman Uddin Islam Hoque Chowdhury Ali Akhter Hossain Karim Alam Sarkar")),
        BLACK_AFRICAN(
            names("Adaeze Chioma Ngozi Folake Abimbola Amara Blessing Grace Precious Fatou Aminata Hodan Fadumo "
                + "Ifeoma Yetunde Nneka Esi Akosua Mercy Faith Ruth"),
            names("Chinedu Emeka Oluwaseun Tunde Kwame Kofi Yaw Samuel Emmanuel Daniel Abdi Mohamed Ibrahim Musa "
                + "Chukwuma Femi Segun Tendai Tafadzwa Joseph Godfrey"),
            names("Okafor Okeke Adeyemi Adebayo Okonkwo Mensah Owusu Boateng Asante Osei Abdi Warsame Farah Hassan "
                + "Mohamed Diallo Bangura Kamara Moyo Ncube Mutasa Eze Nwosu Oyelaran")),
        BLACK_CARIBBEAN(
            names("Shanice Tanisha Keisha Marcia Sonia Simone Natasha Tiana Ayanna Jasmine Leah Chantelle Beverley "
                + "Yvonne Althea Denise"),
            names("Marlon Jermaine Delroy Leon Tyrone Winston Dwayne Andre Marcus Kemar Devon Jerome Clive Errol "
                + "Nathaniel Jamal Rohan"),
            names("Campbell Brown Williams Thomas Francis Grant Clarke Reid Bailey Johnson Henry Gordon Morgan Lewis "
                + "Edwards Forbes Samuels Bryan McKenzie Stewart Powell Gayle Barrett")),
        CHINESE(
            names("Mei Jing Ling Hui Fang Yan Xiu|Ying Wing|Yee Ka|Yan Man|Yee Li|Na"),
            names("Wei Jun Hao Ming Jian Kai Tao Lei Chi|Wai Ka|Ho Wing|Kit"),
            names("Chen Wang Li Zhang Liu Wong Chan Cheung Lam Ho Leung Yip Tang Lau Ng")),
        ARAB(
            names("Fatima Layla Noor Rania Huda Mariam Samira Yasmin Hanan Salma Reem Dalia"),
            names("Ahmed Omar Khaled Youssef Hassan Karim Tariq Mahmoud Sami Walid Mustafa Nabil"),
            names("Al-Sayed Haddad Hamdan Nasser Saleh Mansour Abdullah Khalil Darwish Aziz Farouk Rahman")),
        TURKISH_KURDISH(
            names("Ayşe Elif Zeynep Fatma Emine Hatice Leyla Berivan Rojda Dilan Sevda"),
            names("Mehmet Mustafa Ahmet Ali Hüseyin İbrahim Hasan Murat Emre Serhat Baran Rojhat"),
            names("Yılmaz Kaya Demir Şahin Çelik Yıldız Aydın Öztürk Arslan Doğan Kurt Koç"));

        final String[] female;
        final String[] male;
        final String[] surnames;

        Group(String[] female, String[] male, String[] surnames) {
            this.female = female;
            this.male = male;
            this.surnames = surnames;
        }
    }

    /** Gender-neutral given names used for non-binary people whatever their background. */
    static final String[] UNISEX = names("Alex Sam Jordan Charlie Robin Jamie Ash Riley Rowan Morgan Kai Sky Frankie "
        + "Jesse Remi Ellis Quinn Taylor");

    /** Given names of children born in the last 18 years (White British tradition). */
    static final String[] CHILD_FEMALE = names("Isla Ava Mia Poppy Evie Lily Amelia Olivia Isabella Ella Freya Sophia "
        + "Ruby Daisy Rosie Florence Millie Harper Willow Maisie Phoebe Lola Erin Scarlett Matilda Esme Ivy Sienna");
    static final String[] CHILD_MALE = names("Oliver Noah Leo Harry Freddie Alfie Archie Theo Oscar Jacob Charlie "
        + "George Arthur Henry Thomas Teddy Finley Riley Mason Reggie Jaxon Ronnie Tommy Louie Harley Jenson Logan");

    /** Short forms and nicknames, used as aliases. */
    static final Map<String, String> NICKNAMES = Map.ofEntries(
        Map.entry("Katherine", "Kate"), Map.entry("Catherine", "Cathy"), Map.entry("Rebecca", "Becky"),
        Map.entry("Elizabeth", "Liz"), Map.entry("Jennifer", "Jen"), Map.entry("Samantha", "Sam"),
        Map.entry("Victoria", "Vicky"), Map.entry("Nicola", "Nicky"), Map.entry("Stephanie", "Steph"),
        Map.entry("Margaret", "Maggie"), Map.entry("Patricia", "Trish"), Map.entry("Abigail", "Abbie"),
        Map.entry("Daniel", "Danny"), Map.entry("Michael", "Mick"), Map.entry("Thomas", "Tommy"),
        Map.entry("Christopher", "Chris"), Map.entry("Jonathan", "Jon"), Map.entry("Stephen", "Steve"),
        Map.entry("Steven", "Steve"), Map.entry("Anthony", "Tony"), Map.entry("Richard", "Rich"),
        Map.entry("Matthew", "Matt"), Map.entry("Robert", "Rob"), Map.entry("Andrew", "Andy"),
        Map.entry("Nathan", "Nate"), Map.entry("Joshua", "Josh"), Map.entry("Bradley", "Brad"),
        Map.entry("Mohammed", "Mo"), Map.entry("Muhammad", "Mo"), Map.entry("Katarzyna", "Kasia"),
        Map.entry("Małgorzata", "Gosia"), Map.entry("Aleksandra", "Ola"), Map.entry("Krzysztof", "Krzysiek"),
        Map.entry("Alexandru", "Alex"), Map.entry("Oluwaseun", "Seun"), Map.entry("Abimbola", "Bimbo"),
        Map.entry("Emmanuel", "Manny"), Map.entry("Nathaniel", "Nat"), Map.entry("Pádraig", "Paddy"),
        Map.entry("Patrick", "Paddy"), Map.entry("Oleksandr", "Sasha"));

    /** Common alternative spellings, used as aliases. */
    static final Map<String, String> SPELLINGS = Map.ofEntries(
        Map.entry("Mohammed", "Muhammad"), Map.entry("Muhammad", "Mohammad"), Map.entry("Mohamed", "Mohammed"),
        Map.entry("Aisha", "Ayesha"), Map.entry("Ayesha", "Aysha"), Map.entry("Hussain", "Hussein"),
        Map.entry("Stephen", "Steven"), Map.entry("Steven", "Stephen"), Map.entry("Shaun", "Sean"),
        Map.entry("Lee", "Leigh"), Map.entry("Katie", "Katy"), Map.entry("Zoe", "Zoë"), Map.entry("Leanne", "Lianne"),
        Map.entry("Kayleigh", "Kayley"), Map.entry("Ahmed", "Ahmad"), Map.entry("Rahman", "Rehman"),
        Map.entry("Chowdhury", "Choudhury"), Map.entry("Yusuf", "Yousef"), Map.entry("Nowak", "Novak"),
        Map.entry("Mariam", "Maryam"), Map.entry("Tomas", "Tomasz"), Map.entry("Hoque", "Haque"),
        Map.entry("Shevchenko", "Shevchenco"), Map.entry("Gheorghe", "Georghe"), Map.entry("Jasmine", "Jazmin"));

    private NamePools() {
    }

    /** Space-separated names; '|' inside a name stands for a space ("Wing|Yee"). */
    private static String[] names(String spaced) {
        String[] parts = spaced.trim().split(" +");
        for (int i = 0; i < parts.length; i++) {
            parts[i] = parts[i].replace('|', ' ').intern();
        }
        return parts;
    }

    /** The form of {@code surname} a woman bears (Polish -ski/-cki to -ska/-cka, Slavic -ov/-ev/-in + a, Singh to Kaur). */
    static String surnameFor(Gender gender, String surname) {
        if (gender != Gender.FEMALE) {
            return surname;
        }
        if (surname.endsWith("ski") || surname.endsWith("cki")) {
            return surname.substring(0, surname.length() - 1) + "a";
        }
        if (surname.endsWith("ov") || surname.endsWith("ev")) {
            return surname + "a";
        }
        if (surname.equals("Singh")) {
            return "Kaur";
        }
        return surname;
    }

    /** The masculine/neutral form of a surname, so a family can be traced through a woman's surname. */
    static String baseSurname(String surname) {
        if (surname.endsWith("ska") || surname.endsWith("cka")) {
            return surname.substring(0, surname.length() - 1) + "i";
        }
        if (surname.endsWith("ova") || surname.endsWith("eva")) {
            return surname.substring(0, surname.length() - 1);
        }
        if (surname.equals("Kaur")) {
            return "Singh";
        }
        return surname;
    }

    /** Strips diacritics ("Łukasz" to "Lukasz"); returns the same string when there are none. */
    static String ascii(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char r = switch (c) {
                case 'ł' -> 'l';
                case 'Ł' -> 'L';
                case 'ı' -> 'i';
                case 'İ' -> 'I';
                default -> c;
            };
            if (r == c && c > 127) {
                String d = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
                r = d.charAt(0) < 128 ? d.charAt(0) : c;
            }
            if (r != c && b == null) {
                b = new StringBuilder(s.substring(0, i));
            }
            if (b != null) {
                b.append(r);
            }
        }
        return b == null ? s : b.toString();
    }
}
